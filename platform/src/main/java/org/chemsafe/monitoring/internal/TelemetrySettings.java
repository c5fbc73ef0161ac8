package org.chemsafe.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telemetry ingestion settings ({@code chemsafe.monitoring.*}): how long raw samples are kept (at least 30 days,
 * since storage under a month is a listed hidden danger), how far ahead of the clock a sample may be, and how many
 * samples one request may carry.
 */
@ConfigurationProperties("chemsafe.monitoring")
record TelemetrySettings(@DefaultValue("30d") Duration rawRetention, @DefaultValue("5m") Duration maxAhead,
        @DefaultValue("10000") int maxSamplesPerRequest, @DefaultValue("30s") Duration writeTimeout) {
}
