package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The entry of the collectors (OPC UA, Modbus) into the telemetry pipeline: values they read, already typed, are
 * checked like HTTP samples (the enterprise's tag index in memory, the same time window and the same
 * {@link RejectionReason}s, counted in {@code chemsafe.telemetry.rejected{gateway,reason}}) and the good ones handed
 * to the {@link RawWriter} as one batch. The collector's gateway names the counters (e.g. {@code opcua:<name>}).
 */
@Component
public class CollectedSamples {

    /** A value a collector read: the point's tag, the source's timestamp (null if it gave none) and the value. */
    public record Sample(String tag, @Nullable Instant ts, double value) {
    }

    /** What became of a batch: how many were handed on and rejected, and when the accepted are stored. */
    public record Submitted(int accepted, int rejected, CompletableFuture<Void> stored) {
    }

    private final PointIndex index;
    private final RawWriter writer;
    private final TelemetrySettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    CollectedSamples(PointIndex index, RawWriter writer, TelemetrySettings settings, MeterRegistry meters,
            Clock clock) {
        this.index = index;
        this.writer = writer;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Whether the enterprise has an enabled point with this tag (a mapping to any other tag is refused). */
    public boolean knows(UUID enterpriseId, String tag) {
        return index.find(enterpriseId, tag) != null;
    }

    /** Checks the samples, counts the rejected and queues the accepted for one durable write. */
    public Submitted submit(UUID enterpriseId, String gateway, List<Sample> samples) {
        Instant now = clock.instant();
        Instant latest = now.plus(settings.maxAhead());
        Instant earliest = now.minus(settings.rawRetention());
        List<RawSample> accepted = new ArrayList<>(samples.size());
        Map<RejectionReason, Integer> rejected = new EnumMap<>(RejectionReason.class);
        for (Sample sample : samples) {
            PointRef point = index.find(enterpriseId, sample.tag());
            RejectionReason reason = reason(sample, point, latest, earliest);
            if (reason != null || point == null) {
                rejected.merge(reason == null ? RejectionReason.UNKNOWN_TAG : reason, 1, Integer::sum);
                continue;
            }
            accepted.add(new RawSample(point.id(), sample.ts(), sample.value(), point.quality(sample.value())));
        }
        rejected.forEach((reason, count) -> meters.counter("chemsafe.telemetry.rejected", "gateway", gateway,
                "reason", reason.name()).increment(count));
        meters.counter("chemsafe.telemetry.accepted", "gateway", gateway).increment(accepted.size());
        return new Submitted(accepted.size(), samples.size() - accepted.size(), writer.write(accepted));
    }

    private static @Nullable RejectionReason reason(Sample sample, @Nullable PointRef point, Instant latest,
            Instant earliest) {
        if (point == null) {
            return RejectionReason.UNKNOWN_TAG;
        }
        if (!Double.isFinite(sample.value())) {
            return RejectionReason.NON_FINITE_VALUE;
        }
        if (sample.ts() == null) {
            return RejectionReason.MISSING_TS;
        }
        if (sample.ts().isAfter(latest)) {
            return RejectionReason.TS_IN_FUTURE;
        }
        return sample.ts().isBefore(earliest) ? RejectionReason.TS_BEYOND_RETENTION : null;
    }
}
