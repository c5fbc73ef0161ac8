package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A point's latest value and time (none before its first sample) and the state a live card shows. */
record LiveValue(UUID pointId, @Nullable Instant ts, @Nullable Double value, PointState state) {
}
