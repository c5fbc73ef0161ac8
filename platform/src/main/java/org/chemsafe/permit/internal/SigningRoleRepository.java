package org.chemsafe.permit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises' own bindings of signing functions to roles ({@code permit_signing_role}). */
@Repository
class SigningRoleRepository {

    /** An enterprise's binding of a function. */
    record Binding(UUID enterpriseId, SigningFunction function, List<String> roles, String updatedBy,
            Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    SigningRoleRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** The bindings of the enterprises the scope sees, by enterprise and function. */
    Map<UUID, Map<SigningFunction, Binding>> visible(DataScope scope) {
        Map<UUID, Map<SigningFunction, Binding>> bindings = new HashMap<>();
        scoped.sql(scope, """
                select enterprise_id, function, role_codes, updated_by, updated_at from permit_signing_role b
                where @scope(b.enterprise_id)""").query(SigningRoleRepository::map).list()
                .forEach(b -> bindings.computeIfAbsent(b.enterpriseId(), e -> new HashMap<>()).put(b.function(), b));
        return bindings;
    }

    void save(Binding binding) {
        jdbc.sql("""
                insert into permit_signing_role (enterprise_id, function, role_codes, updated_by, updated_at)
                values (:enterprise, :function, :roles, :by, :at)
                on conflict (enterprise_id, function)
                do update set role_codes = :roles, updated_by = :by, updated_at = :at""")
                .param("enterprise", binding.enterpriseId()).param("function", binding.function().name())
                .param("roles", binding.roles().toArray(String[]::new)).param("by", binding.updatedBy())
                .param("at", Timestamp.from(binding.updatedAt())).update();
    }

    void delete(UUID enterpriseId, SigningFunction function) {
        jdbc.sql("delete from permit_signing_role where enterprise_id = :enterprise and function = :function")
                .param("enterprise", enterpriseId).param("function", function.name()).update();
    }

    private static Binding map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("role_codes");
        return new Binding(rs.getObject("enterprise_id", UUID.class), SigningFunction.valueOf(rs.getString("function")),
                Arrays.asList((String[]) roles.getArray()), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
