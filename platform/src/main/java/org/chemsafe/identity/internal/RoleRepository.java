package org.chemsafe.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chemsafe.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoleRepository {

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Role> all() {
        Map<String, List<String>> permissions = jdbc
                .sql("select role_code, permission_code from role_permission order by permission_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from role order by sort_order, code")
                .query((rs, n) -> new Role(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        ScopeKind.valueOf(rs.getString("scope_kind")),
                        permissions.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Map<String, Role> byCode() {
        return all().stream().collect(Collectors.toMap(Role::code, Function.identity()));
    }

    /** The codes of the roles a user holds. */
    List<String> rolesOf(UUID userId) {
        return jdbc.sql("select role_code from user_role where user_id = :id order by 1").param("id", userId)
                .query(String.class).list();
    }

    /** The permissions a user holds through their roles. */
    List<String> permissionsOf(UUID userId) {
        return jdbc.sql("""
                select distinct rp.permission_code from user_role ur
                join role_permission rp on rp.role_code = ur.role_code
                where ur.user_id = :id order by 1""").param("id", userId).query(String.class).list();
    }
}
