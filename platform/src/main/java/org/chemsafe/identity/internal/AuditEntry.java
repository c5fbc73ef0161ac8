package org.chemsafe.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An audit log entry as searched and exported. */
record AuditEntry(long id, Instant occurredAt, @Nullable String actorUsername, @Nullable String actorScope,
        String action, @Nullable String resource, AuditOutcome outcome, @Nullable Integer httpStatus,
        @Nullable String clientAddress, @Nullable String detail) {
}
