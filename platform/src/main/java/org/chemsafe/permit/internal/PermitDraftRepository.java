package org.chemsafe.permit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts of permit applications; each read names the scope and the author. */
@Repository
class PermitDraftRepository {

    private static final String SELECT = "select d.id, d.enterprise_id, d.author_id, d.type, d.location, "
            + "d.application::text as application, d.updated_at from permit_draft d";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    PermitDraftRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<PermitDraft> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(d.enterprise_id) and d.id = :id").param("id", id)
                .query(PermitDraftRepository::map).optional();
    }

    PageResult<PermitDraft> own(UUID authorId, DataScope scope, PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "permit_draft d",
                "@scope(d.enterprise_id) and d.author_id = :author", "d.updated_at desc, d.id"),
                Map.of("author", authorId), PermitDraftRepository::map, page);
    }

    void upsert(PermitDraft draft) {
        jdbc.sql("""
                insert into permit_draft (id, enterprise_id, author_id, type, location, application, updated_at)
                values (:id, :enterpriseId, :authorId, :type, :location, cast(:application as jsonb), :updatedAt)
                on conflict (id) do update set type = excluded.type, location = excluded.location,
                    application = excluded.application, updated_at = excluded.updated_at""")
                .param("id", draft.id()).param("enterpriseId", draft.enterpriseId()).param("authorId", draft.authorId())
                .param("type", draft.type()).param("location", draft.location())
                .param("application", draft.application()).param("updatedAt", Timestamp.from(draft.updatedAt()))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from permit_draft where id = :id").param("id", id).update();
    }

    private static PermitDraft map(ResultSet rs, int row) throws SQLException {
        return new PermitDraft(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("author_id", UUID.class), rs.getString("type"), rs.getString("location"),
                rs.getString("application"), rs.getTimestamp("updated_at").toInstant());
    }
}
