package org.chemsafe.shared;

import java.util.Set;

/** Codes of the built-in roles, for modules declaring which roles hold their permissions by default. */
public final class BuiltInRoles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String REGION_SUPERVISOR = "REGION_SUPERVISOR";
    public static final String ENTERPRISE_PRINCIPAL = "ENTERPRISE_PRINCIPAL";
    public static final String SAFETY_MANAGER = "SAFETY_MANAGER";
    public static final String SHIFT_LEADER = "SHIFT_LEADER";
    public static final String OPERATOR = "OPERATOR";
    public static final String CONTRACTOR = "CONTRACTOR";

    /** Every built-in role. */
    public static final Set<String> ALL = Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR, ENTERPRISE_PRINCIPAL,
            SAFETY_MANAGER, SHIFT_LEADER, OPERATOR, CONTRACTOR);

    /** The roles that run an enterprise's registry: the platform administrator, principal and safety manager. */
    public static final Set<String> ENTERPRISE_MANAGERS = Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER);

    private BuiltInRoles() {
    }
}
