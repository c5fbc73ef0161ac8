package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The result of one attempt and the delivery's state after it. */
record Outcome(UUID deliveryId, UUID enterpriseId, Instant at, @Nullable String error, DeliveryStatus status,
        int attempts, @Nullable Instant nextAttemptAt) {

    boolean succeeded() {
        return error == null;
    }
}
