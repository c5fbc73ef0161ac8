package org.chemsafe.alarm;

import static org.chemsafe.shared.BuiltInRoles.ALL;
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

/**
 * The alarm centre's permissions and the built-in roles that hold them: everyone reads alarms (region supervisors
 * read only); the plant's people on duty acknowledge and dispose them; shelving, which hides an alarm from the
 * console for a while, is kept to the shift leader and above.
 */
@Component
public class AlarmPermissions implements ModulePermissions {

    public static final String ALARM_READ = "alarm:read";
    public static final String ALARM_HANDLE = "alarm:handle";
    public static final String ALARM_SHELVE = "alarm:shelve";
    public static final String ALARM_CONFIGURE = "alarm:configure";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(ALARM_READ, "Read alarms and their transitions", ALL),
                new Permission(ALARM_HANDLE, "Acknowledge alarms and record their disposal (销警)",
                        Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER, SHIFT_LEADER, OPERATOR)),
                new Permission(ALARM_SHELVE, "Shelve alarms with a reason and an expiry, and unshelve them",
                        Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER, SHIFT_LEADER)),
                new Permission(ALARM_CONFIGURE, "Set the escalation ladder (who is told when an alarm is not "
                        + "acknowledged) and take alarms out of service",
                        Set.of(PLATFORM_ADMIN, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER)));
    }
}
