package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The roles that sign for a function in an enterprise.
 *
 * @param custom    whether the enterprise bound its own roles (otherwise the defaults apply)
 * @param updatedBy who bound them, for a custom binding
 */
record SigningRoleView(SigningFunction function, List<String> roles, boolean custom, @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    SigningRoleView {
        roles = List.copyOf(roles);
    }
}
