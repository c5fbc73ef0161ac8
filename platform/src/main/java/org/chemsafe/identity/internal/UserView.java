package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A user as the user management endpoints answer (never with the password hash). */
record UserView(UUID id, String username, String displayName, @Nullable String phone,
        @Nullable String email, boolean enabled,
        @Nullable Instant lockedUntil, List<RoleRef> roles, ScopeView scope, Instant createdAt,
        @Nullable Instant lastLoginAt) {
}
