package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The data quality of each point, in memory beside {@link LatestValues}, fed by the writer with each commit's samples
 * (and by ingestion with the rejections of a known tag): when data last arrived (wall clock), the newest sample's
 * time, since when its value is unchanged, and the out-of-range and rejected counts. Nothing is written per sample;
 * after a restart every point is offline until its next data.
 */
@Component
class DataQuality implements CommittedSamplesListener {

    /** What a point's quality is judged from; changed only under its own lock. */
    private static final class State {
        @Nullable Instant lastReceived;
        @Nullable Instant lastSample;
        double value;
        @Nullable Instant unchangedSince;
        long outOfRange;
        long rejected;
    }

    /** What judging a point needs of it: its expected period (seconds, if set) and whether it is analog. */
    record PointTraits(@Nullable Integer expectedPeriodSeconds, boolean analog) {
    }

    private final Map<UUID, State> states = new ConcurrentHashMap<>();
    private final DataQualitySettings settings;
    private final Clock clock;

    DataQuality(DataQualitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void committed(CommittedSamples samples) {
        Instant now = clock.instant();
        for (RawSample sample : samples.all()) {
            State state = states.computeIfAbsent(sample.pointId(), id -> new State());
            synchronized (state) {
                state.lastReceived = now;
                if (sample.quality() == PointRef.OUT_OF_RANGE) {
                    state.outOfRange++;
                }
                if (state.lastSample == null || !sample.ts().isBefore(state.lastSample)) {
                    if (state.unchangedSince == null || Double.compare(sample.value(), state.value) != 0) {
                        state.value = sample.value();
                        state.unchangedSince = sample.ts();
                    }
                    state.lastSample = sample.ts();
                }
            }
        }
    }

    /** Counts a rejected sample of a known point. */
    void rejected(UUID pointId) {
        State state = states.computeIfAbsent(pointId, id -> new State());
        synchronized (state) {
            state.rejected++;
        }
    }

    /** Whether data of the point arrived within offline factor × its expected period before now. */
    boolean online(UUID pointId, @Nullable Integer expectedPeriodSeconds) {
        return online(pointId, expectedPeriodSeconds, clock.instant());
    }

    /** Whether data of the point arrived within offline factor × its expected period before {@code now}. */
    boolean online(UUID pointId, @Nullable Integer expectedPeriodSeconds, Instant now) {
        State state = states.get(pointId);
        if (state == null) {
            return false;
        }
        synchronized (state) {
            return state.lastReceived != null && online(state.lastReceived, expectedPeriodSeconds, now);
        }
    }

    PointQualityView of(UUID pointId, PointTraits traits) {
        State state = states.get(pointId);
        if (state == null) {
            return new PointQualityView(pointId, false, null, null, false, null, 0, 0);
        }
        synchronized (state) {
            boolean online = state.lastReceived != null
                    && online(state.lastReceived, traits.expectedPeriodSeconds(), clock.instant());
            boolean flatline = traits.analog() && state.lastSample != null && state.unchangedSince != null
                    && Duration.between(state.unchangedSince, state.lastSample).compareTo(settings.flatlineAfter()) > 0;
            return new PointQualityView(pointId, online, state.lastReceived, state.lastSample, flatline,
                    state.unchangedSince, state.outOfRange, state.rejected);
        }
    }

    private boolean online(Instant lastReceived, @Nullable Integer expectedPeriodSeconds, Instant now) {
        Duration period = expectedPeriodSeconds == null ? settings.defaultPeriod()
                : Duration.ofSeconds(expectedPeriodSeconds);
        return Duration.between(lastReceived, now).compareTo(period.multipliedBy(settings.offlineFactor())) <= 0;
    }
}
