package org.chemsafe.permit;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.PLATFORM_ADMIN;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;
import static org.chemsafe.shared.BuiltInRoles.SHIFT_LEADER;

import java.util.List;
import java.util.Set;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The special-work permit module's permissions and the built-in roles that hold them. */
@Component
public class PermitPermissions implements ModulePermissions {

    public static final String PERMIT_READ = "permit:read";
    public static final String PERMIT_WRITE = "permit:write";
    public static final String PERMIT_SIGN = "permit:sign";
    public static final String PERMIT_CONFIGURE = "permit:configure";

    /** Who applies for, starts, suspends and closes permits: the enterprise's managers and shift leaders. */
    private static final Set<String> PERMIT_HOLDERS = Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER,
            SHIFT_LEADER);

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(PERMIT_READ,
                "Check special work against GB 30871-2022 (grade, validity, gas analysis) and read permits", ALL),
                new Permission(PERMIT_WRITE,
                        "Apply for special-work permits, record gas analyses, start, suspend, resume and close them",
                        PERMIT_HOLDERS),
                new Permission(PERMIT_SIGN, "Sign special-work permits where the work is done (with the password again)",
                        PERMIT_HOLDERS),
                new Permission(PERMIT_CONFIGURE,
                        "Bind the functions that sign permits (Table B.1 note 1) to the enterprise's roles",
                        ENTERPRISE_MANAGERS));
    }
}
