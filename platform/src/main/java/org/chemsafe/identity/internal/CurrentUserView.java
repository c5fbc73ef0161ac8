package org.chemsafe.identity.internal;

import java.util.List;
import java.util.UUID;

/** The signed-in user as {@code GET /api/v1/auth/me} answers: who, with which roles, permissions and scope. */
record CurrentUserView(UUID id, String username, String displayName, List<RoleRef> roles, List<String> permissions,
        ScopeView scope) {
}
