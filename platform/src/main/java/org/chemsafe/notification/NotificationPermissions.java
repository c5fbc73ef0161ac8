package org.chemsafe.notification;

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

/**
 * The notification module's permissions: the record of deliveries is read by the enterprise's managers and the
 * supervisors; the webhooks are set by the enterprise's managers. Every signed-in user reads the notices addressed to
 * them and receives them live, which needs no permission.
 */
@Component
public class NotificationPermissions implements ModulePermissions {

    public static final String NOTIFICATION_READ = "notification:read";
    public static final String NOTIFICATION_CONFIGURE = "notification:configure";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(NOTIFICATION_READ, "Read the record of notice deliveries and their attempts",
                Set.of(PLATFORM_ADMIN, REGION_SUPERVISOR, ENTERPRISE_PRINCIPAL, SAFETY_MANAGER)),
                new Permission(NOTIFICATION_CONFIGURE, "Set the enterprise's notification webhooks and duty shifts",
                        ENTERPRISE_MANAGERS));
    }
}
