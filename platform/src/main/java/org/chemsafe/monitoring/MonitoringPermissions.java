package org.chemsafe.monitoring;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;

import java.util.List;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The monitoring module's permissions and the built-in roles that hold them. */
@Component
public class MonitoringPermissions implements ModulePermissions {

    public static final String MONITORING_READ = "monitoring:read";
    public static final String MONITORING_WRITE = "monitoring:write";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(MONITORING_READ, "Read monitoring points and their values", ALL),
                new Permission(MONITORING_WRITE, "Register, change and remove the enterprise's monitoring points",
                        ENTERPRISE_MANAGERS));
    }
}
