package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/** A stored user account. */
record UserAccount(UUID id, String username, String displayName, @Nullable String phone, String passwordHash,
        boolean enabled, DataScope scope, int failedAttempts, @Nullable Instant lockedUntil, Instant createdAt,
        @Nullable Instant lastLoginAt) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
