package org.chemsafe.alarm.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alarm centre settings ({@code chemsafe.alarm.*}): the longest a shelf may run (no source fixes it; one day by
 * default, so a shelved alarm comes back at least once a day and at every other shift change it is seen again), and
 * whether the escalation pass runs ({@code escalation}, on; its interval is {@code escalation-check}, 15 s), and the
 * flood: more than {@code flood-threshold} new alarms of one plant object within {@code flood-window} (EEMUA 191's
 * 10 in 10 minutes) are told as one flood message; an alarm raised {@code chatter-raises} times within
 * {@code chatter-window} (ISA-18.2 TR5's three in one minute) is flagged as chattering.
 */
@ConfigurationProperties("chemsafe.alarm")
record AlarmSettings(@DefaultValue("24h") Duration maxShelf, @DefaultValue("true") boolean escalation,
        @DefaultValue("10") int floodThreshold, @DefaultValue("10m") Duration floodWindow,
        @DefaultValue("3") int chatterRaises, @DefaultValue("1m") Duration chatterWindow) {
}
