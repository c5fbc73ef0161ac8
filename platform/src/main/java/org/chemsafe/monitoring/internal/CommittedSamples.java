package org.chemsafe.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One commit's samples as the {@link CommittedSamplesListener}s see them: in the order written, and grouped by point
 * in time order, grouped once for every listener that asks (the listeners run one after another on the writer's
 * thread).
 */
final class CommittedSamples {

    private final List<RawSample> samples;
    private @Nullable Map<UUID, List<RawSample>> byPoint;

    CommittedSamples(List<RawSample> samples) {
        this.samples = samples;
    }

    List<RawSample> all() {
        return samples;
    }

    /** Each point's samples, oldest first (equal times in the order written). */
    Map<UUID, List<RawSample>> byPoint() {
        Map<UUID, List<RawSample>> grouped = byPoint;
        if (grouped == null) {
            grouped = new LinkedHashMap<>();
            for (RawSample sample : samples) {
                grouped.computeIfAbsent(sample.pointId(), id -> new ArrayList<>(4)).add(sample);
            }
            for (List<RawSample> pointSamples : grouped.values()) {
                if (pointSamples.size() > 1) {
                    pointSamples.sort(Comparator.comparing(RawSample::ts));
                }
            }
            byPoint = grouped;
        }
        return grouped;
    }
}
