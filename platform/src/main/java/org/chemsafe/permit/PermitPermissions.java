package org.chemsafe.permit;

import static org.chemsafe.shared.BuiltInRoles.ALL;

import java.util.List;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The special-work permit module's permissions and the built-in roles that hold them. */
@Component
public class PermitPermissions implements ModulePermissions {

    public static final String PERMIT_READ = "permit:read";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(PERMIT_READ,
                "Check special work against GB 30871-2022 (grade, validity, gas analysis) and read permits", ALL));
    }
}
