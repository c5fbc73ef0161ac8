package org.chemsafe.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limit rules' delays ({@code chemsafe.monitoring.limit-alarms.*}): how long a limit must stay reached before
 * the alarm is raised or escalated (on-delay) and how long the value must stay beyond the deadband before it
 * returns (off-delay), both on the samples' own times. No source fixes them (domain notes §7.1); the deadband does
 * the debouncing by default, so both are zero.
 */
@ConfigurationProperties("chemsafe.monitoring.limit-alarms")
record LimitAlarmSettings(@DefaultValue("0s") Duration onDelay, @DefaultValue("0s") Duration offDelay) {
}
