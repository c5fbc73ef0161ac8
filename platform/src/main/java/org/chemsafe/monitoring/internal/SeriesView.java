package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.List;

/** A point's samples over a time range, oldest first; truncated when the range held more than the limit. */
record SeriesView(String resolution, List<Sample> samples, boolean truncated) {

    record Sample(Instant ts, double value) {
    }
}
