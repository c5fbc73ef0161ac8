package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored API token (only its hash is kept; the token itself is shown once at creation). */
record ApiToken(UUID id, String name, ApiTokenPurpose purpose, UUID enterpriseId, String prefix, String createdBy,
        Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
