package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.chemsafe.monitoring.internal.TelemetryReceipt.Rejection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

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
        return submit(enterpriseId, request).get(settings.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Checks the samples and queues the good ones for the writer without waiting: the receipt completes once they are
     * committed (for endpoints that must not block a thread per request, such as MQTT).
     */
    CompletableFuture<TelemetryReceipt> submit(UUID enterpriseId, TelemetryRequest request) {
        Instant now = clock.instant();
        Instant latest = now.plus(settings.maxAhead());
        Instant earliest = now.minus(settings.rawRetention());
        List<RawSample> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < request.samples().size(); i++) {
            JsonNode sample = request.samples().get(i);
            PointRef point = sample != null && sample.isObject() && sample.path("tag").isString()
                    ? index.find(enterpriseId, sample.path("tag").asString()) : null;
            RejectionReason reason = reason(sample, point, latest, earliest);
            if (reason != null || point == null) {
                rejected.add(new Rejection(i, reason == null ? RejectionReason.UNKNOWN_TAG : reason));
                if (point != null) {
                    quality.rejected(point.id());
                }
                continue;
            }
            double value = sample.path("value").doubleValue();
            accepted.add(new RawSample(point.id(), timestamp(sample.path("ts")), value, point.quality(value)));
        }
        String gateway = request.gateway() == null ? NO_GATEWAY : request.gateway();
        for (Rejection rejection : rejected) {
            meters.counter("chemsafe.telemetry.rejected", "gateway", gateway, "reason", rejection.reason().name())
                    .increment();
        }
        return writer.write(accepted).thenApply(stored -> {
            meters.counter("chemsafe.telemetry.accepted", "gateway", gateway).increment(accepted.size());
            return new TelemetryReceipt(accepted.size(), rejected);
        });
    }

    private static @Nullable RejectionReason reason(@Nullable JsonNode sample, @Nullable PointRef point,
            Instant latest, Instant earliest) {
        if (sample == null || !sample.isObject()) {
            return RejectionReason.MALFORMED_SAMPLE;
        }
        if (point == null) {
            return RejectionReason.UNKNOWN_TAG;
        }
        JsonNode value = sample.path("value");
        if (!value.isNumber()) {
            return RejectionReason.NON_NUMERIC_VALUE;
        }
        if (!Double.isFinite(value.doubleValue())) {
            return RejectionReason.NON_FINITE_VALUE;
        }
        JsonNode ts = sample.path("ts");
        if (ts.isMissingNode() || ts.isNull()) {
            return RejectionReason.MISSING_TS;
        }
        Instant time = timestamp(ts);
        if (time == null) {
            return RejectionReason.INVALID_TS;
        }
        if (time.isAfter(latest)) {
            return RejectionReason.TS_IN_FUTURE;
        }
        return time.isBefore(earliest) ? RejectionReason.TS_BEYOND_RETENTION : null;
    }

    /** ISO-8601 with an offset, or epoch milliseconds; null for anything else. */
    private static @Nullable Instant timestamp(JsonNode ts) {
        if (ts.isIntegralNumber() && ts.canConvertToLong()) {
            return Instant.ofEpochMilli(ts.longValue());
        }
        if (!ts.isString()) {
            return null;
        }
        try {
            return Instant.parse(ts.asString());
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }
}
