package org.chemsafe.identity;

import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.PLATFORM_ADMIN;
import static org.chemsafe.shared.BuiltInRoles.REGION_SUPERVISOR;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;
import static org.chemsafe.shared.BuiltInRoles.SHIFT_LEADER;

import java.util.List;
import java.util.Set;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The identity module's permissions and the built-in roles that hold them. */
@Component
public class IdentityPermissions implements ModulePermissions {

    public static final String USER_READ = "user:read";
    public static final String USER_WRITE = "user:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String AUDIT_EXPORT = "audit:export";
    public static final String API_TOKEN_MANAGE = "api-token:manage";
    public static final String MANAGEMENT_READ = "management:read";

    @Override
    public List<Permission> permissions() {
        Set<String> administrators = Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER);
        return List.of(
                new Permission(USER_READ, "See users within the scope",
                        Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER, SHIFT_LEADER)),
                new Permission(USER_WRITE, "Create and change users within the scope", administrators),
                new Permission(AUDIT_READ, "Search the audit log within the scope", administrators),
                new Permission(AUDIT_EXPORT, "Export the audit log to Excel", administrators),
                new Permission(API_TOKEN_MANAGE, "Create and revoke API tokens of the enterprise",
                        Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER)),
                new Permission(MANAGEMENT_READ, "Read the actuator: metrics, info (health probes are public)",
                        Set.of(PLATFORM_ADMIN)));
    }
}
