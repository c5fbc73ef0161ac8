package org.chemsafe.shared;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module declares in code: its code (e.g. {@code unit:write}), what it allows, and the built-in roles
 * that hold it by default. Identity synchronises the declarations into its tables at start-up.
 *
 * @param code         the authority checked by {@code @PreAuthorize("hasAuthority('…')")}
 * @param description  what it allows, in English
 * @param defaultRoles codes of the built-in roles granted it (e.g. {@code SAFETY_MANAGER})
 */
public record Permission(String code, String description, Set<String> defaultRoles) {

    public Permission {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
