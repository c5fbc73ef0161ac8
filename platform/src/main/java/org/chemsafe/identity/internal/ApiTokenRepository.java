package org.chemsafe.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final RowMapper<ApiToken> TOKEN = ApiTokenRepository::map;

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("select * from api_token where token_hash = :hash").param("hash", hash).query(TOKEN)
                .optional();
    }

    Optional<ApiToken> find(UUID id, EnterpriseFilter scope) {
        return jdbc.sql("select * from api_token where id = :id and " + scope.sql("enterprise_id")).param("id", id)
                .param(EnterpriseFilter.PARAMETER, scope.ids()).query(TOKEN).optional();
    }

    PageResult<ApiToken> list(EnterpriseFilter scope, PageQuery page) {
        long total = jdbc.sql("select count(*) from api_token where " + scope.sql("enterprise_id"))
                .param(EnterpriseFilter.PARAMETER, scope.ids()).query(Long.class).single();
        List<ApiToken> content = jdbc.sql("select * from api_token where " + scope.sql("enterprise_id")
                + " order by created_at desc limit :limit offset :offset")
                .param(EnterpriseFilter.PARAMETER, scope.ids()).param("limit", page.pageSize())
                .param("offset", page.offset()).query(TOKEN).list();
        return PageResult.of(content, page, total);
    }

    void revoke(UUID id, Instant at) {
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null").param("id", id)
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
