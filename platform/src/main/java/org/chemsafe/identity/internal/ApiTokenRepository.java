package org.chemsafe.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final RowMapper<ApiToken> TOKEN = ApiTokenRepository::map;

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    ApiTokenRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    void insert(ApiToken token, String hash) {
        jdbc.sql("""
                insert into api_token (id, name, purpose, enterprise_id, token_hash, prefix, created_by, expires_at)
                values (:id, :name, :purpose, :enterpriseId, :hash, :prefix, :createdBy, :expiresAt)""")
                .param("id", token.id()).param("name", token.name()).param("purpose", token.purpose().name())
                .param("enterpriseId", token.enterpriseId()).param("hash", hash).param("prefix", token.prefix())
                .param("createdBy", token.createdBy())
                .param("expiresAt", token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .update();
    }

    /** Internal look-up without a scope: authenticating a presented token, before there is a caller. */
    Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("select * from api_token where token_hash = :hash").param("hash", hash).query(TOKEN)
                .optional();
    }

    Optional<ApiToken> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, "select * from api_token t where @scope(t.enterprise_id) and t.id = :id")
                .param("id", id).query(TOKEN).optional();
    }

    PageResult<ApiToken> list(DataScope scope, PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page("select * from api_token t", "api_token t",
                "@scope(t.enterprise_id)", "t.created_at desc, t.id"), Map.of(), TOKEN, page);
    }

    void revoke(UUID id, Instant at) {
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null").param("id", id)
                .param("at", Timestamp.from(at)).update();
    }

    void revokeNamed(UUID enterpriseId, String name, Instant at) {
        jdbc.sql("update api_token set revoked_at = :at where enterprise_id = :enterpriseId and name = :name "
                + "and revoked_at is null").param("enterpriseId", enterpriseId).param("name", name)
                .param("at", Timestamp.from(at)).update();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id").param("id", id)
                .param("at", Timestamp.from(at)).update();
    }

    private static ApiToken map(ResultSet rs, int rowNum) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
                ApiTokenPurpose.valueOf(rs.getString("purpose")), rs.getObject("enterprise_id", UUID.class),
                rs.getString("prefix"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                SqlValues.instant(rs, "expires_at"), SqlValues.instant(rs, "last_used_at"), SqlValues.instant(rs, "revoked_at"));
    }
}
