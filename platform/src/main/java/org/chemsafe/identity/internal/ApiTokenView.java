package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record ApiTokenView(UUID id, String name, ApiTokenPurpose purpose, UUID enterpriseId, @Nullable String enterpriseName,
        String prefix, String createdBy, Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {
}
