package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drops whole partitions past their retention, never rows: chunk days whose end is older than the raw retention
 * ({@code chemsafe.monitoring.raw-retention}, 30 days by default) and rollup months whose end is older than the
 * rollup retention ({@code chemsafe.telemetry.rollup-retention}, 400 days by default).
 */
@Component
class TelemetryRetention {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryRetention.class);

    private final StorePartitions partitions;
    private final TelemetrySettings raw;
    private final TelemetryStoreSettings store;
    private final Clock clock;

    TelemetryRetention(StorePartitions partitions, TelemetrySettings raw, TelemetryStoreSettings store, Clock clock) {
        this.partitions = partitions;
        this.raw = raw;
        this.store = store;
        this.clock = clock;
    }

    /** Drops the expired partitions and answers their names. */
    List<String> run() {
        Instant now = clock.instant();
        List<String> dropped = new ArrayList<>(partitions.endingBy(StoreTable.CHUNK, now.minus(raw.rawRetention())));
        dropped.addAll(partitions.endingBy(StoreTable.ROLLUP, now.minus(store.rollupRetention())));
        dropped.forEach(partitions::drop);
        if (!dropped.isEmpty()) {
            LOG.info("telemetry retention dropped {}", dropped);
        }
        return dropped;
    }
}
