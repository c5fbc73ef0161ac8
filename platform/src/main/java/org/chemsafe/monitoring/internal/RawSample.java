package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.UUID;

/** One accepted sample of a point, as stored. */
record RawSample(UUID pointId, Instant ts, double value, short quality) {
}
