package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The latest value, quality and time of each point, in memory, from the samples once they are stored. */
@Component
class LatestValues implements CommittedSamplesListener {

    /** A point's latest sample. */
    record Latest(UUID pointId, Instant ts, double value, short quality) {
    }

    private final Map<UUID, Latest> latest = new ConcurrentHashMap<>();

    /** Keeps each point's newest sample (an older one arriving late changes nothing). */
    @Override
    public void committed(CommittedSamples samples) {
        for (RawSample sample : samples.all()) {
            latest.merge(sample.pointId(), new Latest(sample.pointId(), sample.ts(), sample.value(), sample.quality()),
                    (old, now) -> now.ts().isBefore(old.ts()) ? old : now);
        }
    }

    @Nullable Latest of(UUID pointId) {
        return latest.get(pointId);
    }

    void forget(UUID pointId) {
        latest.remove(pointId);
    }
}
