package org.chemsafe.monitoring.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The telemetry store ({@code chemsafe.telemetry.*}): how long the writer fills one landing segment before it opens
 * the next, how often the maintenance (sealing a due segment, compaction, retention) runs ({@code 0} turns it off),
 * and how long the 1 min and 1 h rollups are kept (at least a year). The raw samples' retention is
 * {@code chemsafe.monitoring.raw-retention} ({@link TelemetrySettings}), which ingestion also applies.
 */
@ConfigurationProperties("chemsafe.telemetry")
record TelemetryStoreSettings(@DefaultValue("1h") Duration segment, @DefaultValue("1m") Duration maintenanceInterval,
        @DefaultValue("400d") Duration rollupRetention) {
}
