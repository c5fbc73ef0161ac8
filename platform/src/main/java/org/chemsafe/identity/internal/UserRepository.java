package org.chemsafe.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlValues;
import org.chemsafe.shared.ScopeKind;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final RowMapper<UserAccount> ACCOUNT = UserRepository::map;

    /**
     * Users a scope sees: those of its enterprises, the government users of its region subtree, and (for the platform
     * scope) the platform users.
     */
    private static final String VISIBLE = """
            ((u.scope_kind = 'ENTERPRISE' and @scope(u.scope_enterprise_id))
             or (u.scope_kind = 'REGION' and @regions(u.scope_region_code))
             or (u.scope_kind = 'PLATFORM' and :scopeIsPlatform))""";

    private final JdbcClient jdbc;
    private final RegionScopedJdbc scoped;

    UserRepository(JdbcClient jdbc, RegionScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from user_account where lower(username) = lower(:username)")
                .param("username", username).query(ACCOUNT).optional();
    }

    /**
     * The enabled users of the enterprise holding any of the roles, and the enabled users with these ids, without a
     * scope (the notification module's recipients: a notice's enterprise was checked when it was raised).
     */
    List<UserAccount> recipients(UUID enterpriseId, Collection<String> roleCodes, Collection<UUID> userIds) {
        return jdbc.sql("""
                select u.* from user_account u
                where u.enabled and ((u.scope_enterprise_id = :enterpriseId and exists (select 1 from user_role r
                        where r.user_id = u.id and r.role_code = any(:roles)))
                    or u.id = any(:ids))
                order by u.username""").param("enterpriseId", enterpriseId)
                .param("roles", roleCodes.toArray(String[]::new)).param("ids", userIds.toArray(UUID[]::new))
                .query(ACCOUNT).list();
    }

    /** Internal look-up without a scope (sign-in, sessions, reading back a user just written or checked). */
    Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select * from user_account where id = :id").param("id", id).query(ACCOUNT).optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists(select 1 from user_account where lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    /** The user if the scope may see it (see {@link #VISIBLE}). */
    Optional<UserAccount> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, "select * from user_account u where " + VISIBLE + " and u.id = :id").param("id", id)
                .query(ACCOUNT).optional();
    }

    /** Users visible in a scope (see {@link #VISIBLE}) whose name, display name or phone contains the text. */
    PageResult<UserAccount> search(DataScope scope, @Nullable String text, PageQuery page) {
        String where = VISIBLE + """
                 and (cast(:pattern as text) is null or u.username like :pattern or u.display_name like :pattern
                      or u.phone like :pattern)""";
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("pattern", SqlText.containsPattern(text));
        return scoped.page(scope, new ScopedJdbc.Page("select u.* from user_account u", "user_account u", where,
                "u.created_at, u.username"), params, ACCOUNT, page);
    }

    void insert(UserAccount user) {
        DataScope scope = user.scope();
        jdbc.sql("""
                insert into user_account (id, username, display_name, phone, email, password_hash, enabled, scope_kind,
                    scope_region_code, scope_enterprise_id)
                values (:id, :username, :displayName, :phone, :email, :passwordHash, :enabled, :scopeKind, :regionCode,
                    :enterpriseId)""")
                .param("id", user.id()).param("username", user.username()).param("displayName", user.displayName())
                .param("phone", user.phone()).param("email", user.email()).param("passwordHash", user.passwordHash())
                .param("enabled", user.enabled()).param("scopeKind", scope.kind().name())
                .param("regionCode", scope.regionCode()).param("enterpriseId", scope.enterpriseId())
                .update();
    }

    void updateProfile(UUID id, String displayName, @Nullable String phone, @Nullable String email, boolean enabled) {
        jdbc.sql("update user_account set display_name = :displayName, phone = :phone, email = :email,"
                + " enabled = :enabled where id = :id")
                .param("id", id).param("displayName", displayName).param("phone", phone).param("email", email)
                .param("enabled", enabled).update();
    }

    void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = :hash where id = :id").param("id", id)
                .param("hash", passwordHash).update();
    }

    void recordSuccessfulLogin(UUID id, Instant at) {
        jdbc.sql("update user_account set last_login_at = :at where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Whether the enterprise has any user yet (a supervisor may create only its first administrator). */
    boolean anyInEnterprise(UUID enterpriseId) {
        return jdbc.sql("select exists(select 1 from user_account where scope_enterprise_id = :id)")
                .param("id", enterpriseId).query(Boolean.class).single();
    }

    Map<UUID, List<String>> roleCodes(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select user_id, role_code from user_role where user_id = any(:ids) order by role_code")
                .param("ids", userIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    void replaceRoles(UUID userId, Collection<String> roleCodes) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
        for (String role : roleCodes) {
            jdbc.sql("insert into user_role (user_id, role_code) values (:id, :role)").param("id", userId)
                    .param("role", role).update();
        }
    }

    private static UserAccount map(ResultSet rs, int rowNum) throws SQLException {
        ScopeKind kind = ScopeKind.valueOf(rs.getString("scope_kind"));
        DataScope scope = switch (kind) {
            case PLATFORM -> DataScope.platform();
            case REGION -> DataScope.region(rs.getString("scope_region_code"));
            case ENTERPRISE -> DataScope.enterprise(rs.getObject("scope_enterprise_id", UUID.class));
        };
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("phone"), rs.getString("email"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"), scope, rs.getTimestamp("created_at").toInstant(),
                SqlValues.instant(rs, "last_login_at"));
    }
}
