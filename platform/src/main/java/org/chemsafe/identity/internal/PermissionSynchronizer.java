package org.chemsafe.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes identity's permission tables say what the modules declare in code ({@link ModulePermissions}): every
 * declared permission exists with its description, the built-in roles hold exactly their declared default grants,
 * and a permission no module declares any more is removed. Runs at start-up before anything else uses the tables.
 */
@Component
@Order(-10)
class PermissionSynchronizer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PermissionSynchronizer.class);

    private final List<ModulePermissions> modules;
    private final JdbcClient jdbc;

    PermissionSynchronizer(List<ModulePermissions> modules, JdbcClient jdbc) {
        this.modules = modules;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Permission> declared = declared();
        String[] codes = declared.keySet().toArray(String[]::new);
        jdbc.sql("delete from role_permission where not (permission_code = any(:codes))").param("codes", codes)
                .update();
        jdbc.sql("delete from permission where not (code = any(:codes))").param("codes", codes).update();
        for (Permission permission : declared.values()) {
            jdbc.sql("""
                    insert into permission (code, description) values (:code, :description)
                    on conflict (code) do update set description = excluded.description""")
                    .param("code", permission.code()).param("description", permission.description()).update();
        }
        List<String> roles = jdbc.sql("select code from role").query(String.class).list();
        List<String[]> grants = new ArrayList<>();
        declared.values().forEach(permission -> permission.defaultRoles().forEach(role -> {
            if (!roles.contains(role)) {
                throw new IllegalStateException(permission.code() + " is granted to the unknown role " + role);
            }
            grants.add(new String[] {role, permission.code()});
        }));
        int removed = jdbc.sql("""
                delete from role_permission rp where not exists (
                  select 1 from unnest(cast(:roles as text[]), cast(:permissions as text[])) g(role_code, permission_code)
                  where g.role_code = rp.role_code and g.permission_code = rp.permission_code)""")
                .param("roles", grants.stream().map(grant -> grant[0]).toArray(String[]::new))
                .param("permissions", grants.stream().map(grant -> grant[1]).toArray(String[]::new)).update();
        int added = jdbc.sql("""
                insert into role_permission (role_code, permission_code)
                select * from unnest(cast(:roles as text[]), cast(:permissions as text[]))
                on conflict do nothing""")
                .param("roles", grants.stream().map(grant -> grant[0]).toArray(String[]::new))
                .param("permissions", grants.stream().map(grant -> grant[1]).toArray(String[]::new)).update();
        log.info("Permissions synchronised: {} declared, {} grants added, {} removed", declared.size(), added, removed);
    }

    private Map<String, Permission> declared() {
        Map<String, Permission> declared = new HashMap<>();
        for (ModulePermissions module : modules) {
            for (Permission permission : module.permissions()) {
                if (declared.putIfAbsent(permission.code(), permission) != null) {
                    throw new IllegalStateException("permission " + permission.code() + " is declared twice");
                }
            }
        }
        return declared;
    }
}
