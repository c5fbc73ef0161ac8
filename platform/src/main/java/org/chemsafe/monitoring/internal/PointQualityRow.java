package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One point's data quality in an enterprise's list: what the point is and its quality now. */
record PointQualityRow(UUID pointId, String tag, String name, IndicatorType indicatorType,
        @Nullable Integer expectedPeriodSeconds, boolean online, @Nullable Instant lastReceivedAt, boolean flatline,
        @Nullable Instant unchangedSince, long outOfRangeCount, long rejectedCount) {

    /** Whether anything is wrong with the point: offline, flat, values out of range or rejected. */
    boolean hasProblem() {
        return !online || flatline || outOfRangeCount > 0 || rejectedCount > 0;
    }
}
