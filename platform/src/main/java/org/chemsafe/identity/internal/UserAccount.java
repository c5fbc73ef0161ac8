package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/** A stored user account. */
record UserAccount(UUID id, String username, String displayName, @Nullable String phone,
        @Nullable String email, String passwordHash,
        boolean enabled, DataScope scope, Instant createdAt, @Nullable Instant lastLoginAt) {
}
