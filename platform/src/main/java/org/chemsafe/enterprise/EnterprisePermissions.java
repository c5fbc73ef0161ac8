package org.chemsafe.enterprise;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.PLATFORM_ADMIN;
import static org.chemsafe.shared.BuiltInRoles.REGION_SUPERVISOR;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;

import java.util.List;
import java.util.Set;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The enterprise module's permissions and the built-in roles that hold them. */
@Component
public class EnterprisePermissions implements ModulePermissions {

    public static final String CHEMICAL_READ = "chemical:read";
    public static final String CHEMICAL_WRITE = "chemical:write";
    public static final String ENTERPRISE_READ = "enterprise:read";
    public static final String ENTERPRISE_REGISTER = "enterprise:register";
    public static final String ENTERPRISE_WRITE = "enterprise:write";
    public static final String REGION_READ = "region:read";
    public static final String SITE_WRITE = "site:write";
    public static final String UNIT_READ = "unit:read";
    public static final String UNIT_WRITE = "unit:write";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(ENTERPRISE_READ, "See the enterprises within the scope", ALL),
                new Permission(ENTERPRISE_WRITE, "Register enterprises and edit profiles within the scope",
                        Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER)),
                new Permission(ENTERPRISE_REGISTER, "Register enterprises in a town of the scope and move them",
                        Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR)),
                new Permission(REGION_READ, "See the region tree within the scope",
                        Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR)),
                new Permission(SITE_WRITE, "Upload and calibrate site plans and draw their areas", ENTERPRISE_MANAGERS),
                new Permission(CHEMICAL_READ,
                        "See GB 18218 Table 1 and the chemicals of the enterprises within the scope", ALL),
                new Permission(CHEMICAL_WRITE,
                        "Define, change and delete the chemicals of the enterprises within the scope",
                        ENTERPRISE_MANAGERS),
                new Permission(UNIT_READ, "See production and storage units, tanks and inventories within the scope",
                        ALL),
                new Permission(UNIT_WRITE, "Register and change units, tanks and inventories of the enterprise",
                        ENTERPRISE_MANAGERS));
    }
}
