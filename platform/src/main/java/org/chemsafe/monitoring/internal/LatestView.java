package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.UUID;

/** A point's latest stored value, its quality (GOOD or OUT_OF_RANGE) and time. */
record LatestView(UUID pointId, Instant ts, double value, String quality) {
}
