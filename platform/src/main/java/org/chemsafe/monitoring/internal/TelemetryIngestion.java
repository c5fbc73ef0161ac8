package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.chemsafe.monitoring.internal.TelemetryReceipt.Rejection;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Checks each sample of a gateway's batch against the enterprise's points (in memory, {@link PointIndex}), hands
 * the good ones to the {@link RawWriter} and waits until they are committed. Rejections are counted per gateway and
 * reason ({@code chemsafe.telemetry.rejected}); nothing is written per sample but the sample itself.
 */
@Service
class TelemetryIngestion {

    static final String NO_GATEWAY = "-";

    private final PointIndex index;
    private final RawWriter writer;
    private final TelemetrySettings settings;
    private final MeterRegistry meters;
    private final DataQuality quality;
    private final Clock clock;

    TelemetryIngestion(PointIndex index, RawWriter writer, TelemetrySettings settings, MeterRegistry meters,
            DataQuality quality, Clock clock) {
        this.quality = quality;
        this.index = index;
        this.writer = writer;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Stores the good samples durably and answers what was stored and what was rejected. */
    TelemetryReceipt ingest(UUID enterpriseId, TelemetryRequest request) throws TimeoutException, ExecutionException,
            InterruptedException {
        return submit(enterpriseId, SampleBatch.of(request)).get(settings.writeTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Checks the samples and queues the good ones for the writer without waiting: the receipt completes once they are
     * committed (for endpoints that must not block a thread per request, such as MQTT).
     */
    CompletableFuture<TelemetryReceipt> submit(UUID enterpriseId, SampleBatch batch) {
        Instant now = clock.instant();
        long latest = SampleBatch.micros(now.plus(settings.maxAhead()));
        long earliest = SampleBatch.micros(now.minus(settings.rawRetention()));
        List<RawSample> accepted = new ArrayList<>(batch.size());
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            RejectionReason problem = batch.problem(i);
            String tag = batch.tag(i);
            PointRef point = problem == RejectionReason.MALFORMED_SAMPLE || tag == null ? null
                    : index.find(enterpriseId, tag);
            RejectionReason reason = problem == RejectionReason.MALFORMED_SAMPLE ? problem
                    : point == null ? RejectionReason.UNKNOWN_TAG
                    : problem != null ? problem
                    : batch.time(i) > latest ? RejectionReason.TS_IN_FUTURE
                    : batch.time(i) < earliest ? RejectionReason.TS_BEYOND_RETENTION : null;
            if (reason != null) {
                rejected.add(new Rejection(i, reason));
                if (point != null) {
                    quality.rejected(point.id());
                }
                continue;
            }
            double value = batch.value(i);
            accepted.add(new RawSample(point.id(), SampleBatch.instant(batch.time(i)), value, point.quality(value)));
        }
        String gateway = batch.gateway() == null ? NO_GATEWAY : batch.gateway();
        for (Rejection rejection : rejected) {
            meters.counter("chemsafe.telemetry.rejected", "gateway", gateway, "reason", rejection.reason().name())
                    .increment();
        }
        return writer.write(accepted).thenApply(stored -> {
            meters.counter("chemsafe.telemetry.accepted", "gateway", gateway).increment(accepted.size());
            return new TelemetryReceipt(accepted.size(), rejected);
        });
    }
}
