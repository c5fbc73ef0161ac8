package org.chemsafe.monitoring.internal;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * One telemetry message from a machine client outside HTTP (an MQTT PUBLISH): the same JSON as the HTTP body, with
 * the same rules, streamed into a {@link SampleBatch} ({@link SampleBatchReader}), its samples checked and stored by
 * {@link TelemetryIngestion}. A message that is not
 * such JSON stores nothing and is counted ({@link MessageRefusal}) and logged; it never throws, so the connection
 * goes on. Only a failed store fails the future: the message must not be acknowledged.
 */
@Component
class TelemetryMessages {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryMessages.class);
    private static final CompletableFuture<Void> STORED_NOTHING = CompletableFuture.completedFuture(null);

    private final TelemetryIngestion ingestion;
    private final SampleBatchReader reader;
    private final MeterRegistry meters;

    TelemetryMessages(TelemetryIngestion ingestion, SampleBatchReader reader, MeterRegistry meters) {
        this.ingestion = ingestion;
        this.reader = reader;
        this.meters = meters;
    }

    /** Checks the message and queues its good samples; the future completes once they are committed. */
    CompletableFuture<Void> consume(UUID enterpriseId, String client, byte[] payload) {
        SampleBatch batch;
        try {
            batch = reader.read(payload);
        } catch (SampleBatchReader.Refused refused) {
            refuse(refused.reason(), enterpriseId, client, refused.getMessage());
            return STORED_NOTHING;
        }
        return ingestion.submit(enterpriseId, batch).thenAccept(receipt -> {
            if (!receipt.rejected().isEmpty()) {
                LOG.warn("telemetry message of client {} (enterprise {}): {} samples stored, rejected {}", client,
                        enterpriseId, receipt.accepted(), receipt.rejected());
            }
        });
    }

    /** Counts and logs a message that stores nothing. */
    void refuse(MessageRefusal reason, @Nullable UUID enterpriseId, String client, String detail) {
        meters.counter("chemsafe.telemetry.rejected", "gateway", TelemetryIngestion.NO_GATEWAY, "reason", reason.name()).increment();
        LOG.warn("telemetry message of client {} (enterprise {}) refused, {}: {}", client, enterpriseId, reason,
                detail);
    }
}
