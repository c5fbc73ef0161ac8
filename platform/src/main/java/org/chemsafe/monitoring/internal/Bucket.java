package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A rollup bucket: the samples of one minute or one hour of a point, as their count, min, max and average. */
record Bucket(Instant start, int count, double min, double max, double avg) {

    /** The buckets of the samples (sorted by time), one per {@code unit} that has samples, oldest first. */
    static List<Bucket> of(List<RawSample> sorted, ChronoUnit unit) {
        List<Bucket> buckets = new ArrayList<>();
        int first = 0;
        while (first < sorted.size()) {
            Instant start = sorted.get(first).ts().truncatedTo(unit);
            Instant end = start.plus(1, unit);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int next = first;
            for (; next < sorted.size() && sorted.get(next).ts().isBefore(end); next++) {
                double value = sorted.get(next).value();
                min = Math.min(min, value);
                max = Math.max(max, value);
                sum += value;
            }
            int count = next - first;
            buckets.add(new Bucket(start, count, min, max, sum / count));
            first = next;
        }
        return buckets;
    }

    /** This bucket and another of the same start, as one. */
    Bucket merge(Bucket other) {
        int total = count + other.count;
        return new Bucket(start, total, Math.min(min, other.min), Math.max(max, other.max),
                (avg * count + other.avg * other.count) / total);
    }
}
