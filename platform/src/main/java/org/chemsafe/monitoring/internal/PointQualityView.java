package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A point's data quality now: online (data received within offline factor × expected period, on the wall clock),
 * flatline (an analog value unchanged for longer than the configured time, since {@code unchangedSince}), and the
 * samples stored out of range and rejected since the platform started.
 */
record PointQualityView(UUID pointId, boolean online, @Nullable Instant lastReceivedAt, @Nullable Instant lastSampleAt,
        boolean flatline, @Nullable Instant unchangedSince, long outOfRangeCount, long rejectedCount) {
}
