package org.chemsafe.identity.internal;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Filters of an audit log search, from query parameters. */
record AuditQuery(@Nullable Instant from, @Nullable Instant to, @Nullable @Size(max = 64) String actor,
        @Nullable @Size(max = 100) String action, @Nullable AuditOutcome outcome) {
}
