package org.chemsafe.dualprevention;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;

import java.util.List;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The dual prevention module's permissions and the built-in roles that hold them. */
@Component
public class DualPreventionPermissions implements ModulePermissions {

    public static final String DUAL_PREVENTION_READ = "dual-prevention:read";
    public static final String DUAL_PREVENTION_WRITE = "dual-prevention:write";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(DUAL_PREVENTION_READ,
                        "Calculate risk levels (LEC, LS, MES) and read the risk register and inspection schedules", ALL),
                new Permission(DUAL_PREVENTION_WRITE,
                        "Maintain the risk register, its assessments, control measures and inspection tasks",
                        ENTERPRISE_MANAGERS));
    }
}
