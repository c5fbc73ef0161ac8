package org.chemsafe.dualprevention;

import static org.chemsafe.shared.BuiltInRoles.ALL;

import java.util.List;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The dual-prevention module's permissions and the built-in roles that hold them. */
@Component
public class DualPreventionPermissions implements ModulePermissions {

    public static final String DUAL_PREVENTION_READ = "dual-prevention:read";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(DUAL_PREVENTION_READ,
                "Assess risks (LEC, LS, MES) and read the risk register, inspections and hidden dangers", ALL));
    }
}
