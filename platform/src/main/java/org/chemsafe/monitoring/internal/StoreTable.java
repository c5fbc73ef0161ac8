package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** The partitioned tables of the telemetry store and the span of their partitions (UTC). */
enum StoreTable {

    /** Chunks, a partition per day: raw retention drops days. */
    CHUNK("telemetry_chunk", ChronoUnit.DAYS),
    /** Rollups, a partition per month: rollup retention drops months. */
    ROLLUP("telemetry_rollup", ChronoUnit.MONTHS);

    private final String table;
    private final ChronoUnit span;

    StoreTable(String table, ChronoUnit span) {
        this.table = table;
        this.span = span;
    }

    String table() {
        return table;
    }

    /** The start of the partition that holds this period. */
    Instant partitionStart(Instant period) {
        ZonedDateTime day = period.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        return (span == ChronoUnit.MONTHS ? day.withDayOfMonth(1) : day).toInstant();
    }

    Instant partitionEnd(Instant start) {
        return start.atZone(ZoneOffset.UTC).plus(1, span).toInstant();
    }
}
