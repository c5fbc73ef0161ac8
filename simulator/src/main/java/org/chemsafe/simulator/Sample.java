package org.chemsafe.simulator;

import java.time.Instant;

/** One reading of a point. */
public record Sample(String tag, Instant ts, double value) {
}
