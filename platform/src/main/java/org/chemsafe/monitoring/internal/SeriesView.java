package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A point's series over a time range, oldest first, at a resolution ({@code raw}, {@code 1m}, {@code 1h}): raw
 * samples as time and value, rollup buckets as their start, min, max, average and count; truncated when the range
 * held more than the limit.
 */
record SeriesView(String resolution, List<SeriesEntry> samples, boolean truncated) {

    @Schema(oneOf = {SeriesSample.class, SeriesRollup.class})
    sealed interface SeriesEntry permits SeriesSample, SeriesRollup {
    }

    record SeriesSample(Instant ts, double value) implements SeriesEntry {
    }

    record SeriesRollup(Instant ts, double min, double max, double avg, int count) implements SeriesEntry {
    }
}
