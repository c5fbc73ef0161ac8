package org.chemsafe.monitoring.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One telemetry message from a machine client outside HTTP (an MQTT PUBLISH): the same JSON as the HTTP body, read
 * with the same mapper and rules, its samples checked and stored by {@link TelemetryIngestion}. A message that is not
 * such JSON stores nothing and is counted ({@link MessageRefusal}) and logged; it never throws, so the connection
 * goes on. Only a failed store fails the future: the message must not be acknowledged.
 */
@Component
class TelemetryMessages {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryMessages.class);
    private static final CompletableFuture<Void> STORED_NOTHING = CompletableFuture.completedFuture(null);

    private final TelemetryIngestion ingestion;
    private final JsonMapper json;
    private final Validator validator;
    private final MeterRegistry meters;

    TelemetryMessages(TelemetryIngestion ingestion, JsonMapper json, Validator validator, MeterRegistry meters) {
        this.ingestion = ingestion;
        this.json = json;
        this.validator = validator;
        this.meters = meters;
    }

    /** Checks the message and queues its good samples; the future completes once they are committed. */
    CompletableFuture<Void> consume(UUID enterpriseId, String client, byte[] payload) {
        TelemetryRequest request;
        try {
            request = json.readValue(payload, TelemetryRequest.class);
        } catch (JacksonException malformed) {
            refuse(MessageRefusal.MALFORMED_JSON, enterpriseId, client, malformed.getOriginalMessage());
            return STORED_NOTHING;
        }
        if (request == null) {
            refuse(MessageRefusal.MALFORMED_JSON, enterpriseId, client, "null");
            return STORED_NOTHING;
        }
        Set<ConstraintViolation<TelemetryRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            refuse(MessageRefusal.INVALID_BATCH, enterpriseId, client, violations.stream()
                    .map(violation -> violation.getPropertyPath().toString()).sorted().collect(Collectors.joining(",")));
            return STORED_NOTHING;
        }
        return ingestion.submit(enterpriseId, request).thenAccept(receipt -> {
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
