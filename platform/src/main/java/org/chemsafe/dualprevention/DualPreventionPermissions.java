package org.chemsafe.dualprevention;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.CONTRACTOR;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_PRINCIPAL;
import static org.chemsafe.shared.BuiltInRoles.OPERATOR;
import static org.chemsafe.shared.BuiltInRoles.PLATFORM_ADMIN;
import static org.chemsafe.shared.BuiltInRoles.SAFETY_MANAGER;
import static org.chemsafe.shared.BuiltInRoles.SHIFT_LEADER;

import java.util.List;
import java.util.Set;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The dual prevention module's permissions and the built-in roles that hold them. */
@Component
public class DualPreventionPermissions implements ModulePermissions {

    public static final String DUAL_PREVENTION_READ = "dual-prevention:read";
    public static final String DUAL_PREVENTION_WRITE = "dual-prevention:write";
    public static final String HIDDEN_DANGER_REPORT = "hidden-danger:report";
    public static final String HIDDEN_DANGER_MANAGE = "hidden-danger:manage";
    public static final String INSPECTION_RECORD = "inspection:record";

    /** Everyone working in an enterprise: whoever finds a hidden danger reports it, whoever fixes it says so. */
    private static final Set<String> ENTERPRISE_STAFF = Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER,
            SHIFT_LEADER, OPERATOR, CONTRACTOR);

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(DUAL_PREVENTION_READ,
                        "Calculate risk levels (LEC, LS, MES) and read the risk register and inspection schedules", ALL),
                new Permission(DUAL_PREVENTION_WRITE,
                        "Maintain the risk register, its assessments, control measures and inspection tasks",
                        ENTERPRISE_MANAGERS),
                new Permission(HIDDEN_DANGER_REPORT, "Report hidden dangers and report their rectification with photos",
                        ENTERPRISE_STAFF),
                new Permission(HIDDEN_DANGER_MANAGE,
                        "Confirm and grade hidden dangers, order their rectification, accept or send it back, close them",
                        ENTERPRISE_MANAGERS),
                new Permission(INSPECTION_RECORD,
                        "Record inspections (排查记录) of one's rounds with photos, reporting what they find", ENTERPRISE_STAFF));
    }
}
