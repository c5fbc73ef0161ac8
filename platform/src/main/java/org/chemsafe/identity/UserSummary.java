package org.chemsafe.identity;

import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/** A user as other modules see them: who, how to reach them, and their scope. */
public record UserSummary(UUID id, String username, String displayName, @Nullable String phone,
        @Nullable String email, DataScope scope,
        boolean enabled) {
}
