package org.chemsafe.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The permission tables say exactly what the modules declare in code, after start-up and after a re-run. */
@PlatformTest
class PermissionSynchronizerTests {

    @Autowired
    List<ModulePermissions> modules;

    @Autowired
    PermissionSynchronizer synchronizer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterStartUpThePermissionTablesEqualTheDeclarations() {
        assertThat(storedPermissions()).isEqualTo(declaredPermissions());
        assertThat(storedGrants()).isEqualTo(declaredGrants());
        assertThat(storedPermissions()).as("one of each module").contains("user:read", "unit:write",
                "major-hazard:write", "site:write", "management:read");
    }

    @Test
    void aRerunRemovesWhatNoModuleDeclaresAndRestoresWhatWasLost() {
        jdbc.sql("insert into permission (code, description) values ('retired:thing', 'gone')").update();
        jdbc.sql("insert into role_permission (role_code, permission_code) values ('OPERATOR', 'retired:thing')")
                .update();
        jdbc.sql("insert into role_permission (role_code, permission_code) values ('CONTRACTOR', 'user:write')")
                .update();
        jdbc.sql("delete from role_permission where role_code = 'SAFETY_MANAGER' and permission_code = 'unit:write'")
                .update();

        synchronizer.run(new DefaultApplicationArguments());

        assertThat(storedPermissions()).isEqualTo(declaredPermissions());
        assertThat(storedGrants()).isEqualTo(declaredGrants());
    }

    private Set<String> declaredPermissions() {
        Set<String> codes = new HashSet<>();
        modules.forEach(module -> module.permissions().forEach(permission -> codes.add(permission.code())));
        return codes;
    }

    private Set<String> declaredGrants() {
        Set<String> grants = new HashSet<>();
        modules.forEach(module -> module.permissions().forEach(permission -> permission.defaultRoles()
                .forEach(role -> grants.add(role + " " + permission.code()))));
        return grants;
    }

    private Set<String> storedPermissions() {
        return new HashSet<>(jdbc.sql("select code from permission").query(String.class).list());
    }

    private Set<String> storedGrants() {
        return new HashSet<>(jdbc.sql("select role_code || ' ' || permission_code from role_permission")
                .query(String.class).list());
    }
}
