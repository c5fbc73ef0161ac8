package org.chemsafe.identity.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Appends run in their own transaction, so an entry is kept even when the audited work
 * rolls back. Searches go through the caller's scope: an enterprise sees entries concerning itself; a region sees
 * those of its enterprises and of its own government users; the platform sees all.
 */
@Repository
class AuditLog {

    /**
     * Entries concerning an enterprise of the scope or made by a government user of its region subtree, filtered by
     * the query.
     */
    private static final String WHERE = """
            (@scope(a.enterprise_id) or @regions(a.actor_region_code))
             and (cast(:from as timestamptz) is null or a.occurred_at >= :from)
             and (cast(:to as timestamptz) is null or a.occurred_at < :to)
             and (cast(:actor as text) is null or a.actor_name like :actor)
             and (cast(:action as text) is null or a.action like :action or a.resource like :action)
             and (cast(:outcome as text) is null or a.outcome = :outcome)""";

    private final RowMapper<AuditEntry> entryMapper;

    private final JdbcClient jdbc;
    private final RegionScopedJdbc scoped;

    AuditLog(JdbcClient jdbc, RegionScopedJdbc scoped, ScopeNames scopeNames) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.entryMapper = (rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_name"), scopeNames.describe(rs.getString("actor_scope_kind"),
                        rs.getString("actor_region_code"), rs.getObject("enterprise_id", UUID.class)),
                rs.getString("action"), rs.getString("resource"), AuditOutcome.valueOf(rs.getString("outcome")),
                (Integer) rs.getObject("http_status"), rs.getString("client_address"), rs.getString("detail"));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(AuditRecord record) {
        DataScope scope = record.actorScope();
        jdbc.sql("""
                insert into audit_event (actor_kind, actor_id, actor_name, actor_scope_kind, actor_region_code,
                    enterprise_id, action, resource, outcome, http_status, client_address, detail)
                values (:actorKind, :actorId, :actorName, :scopeKind, :regionCode, :enterpriseId, :action, :resource,
                    :outcome, :httpStatus, :clientAddress, :detail)""")
                .param("actorKind", record.actor() == null ? null : record.actor().kind().name())
                .param("actorId", record.actor() == null ? null : record.actor().id())
                .param("actorName", truncate(record.actorName(), 64))
                .param("scopeKind", scope == null ? null : scope.kind().name())
                .param("regionCode", scope == null ? null : scope.regionCode())
                .param("enterpriseId", record.enterpriseId())
                .param("action", truncate(record.action(), 160))
                .param("resource", truncate(record.resource(), 512))
                .param("outcome", record.outcome().name())
                .param("httpStatus", record.httpStatus())
                .param("clientAddress", truncate(record.clientAddress(), 64))
                .param("detail", truncate(record.detail(), 512))
                .update();
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(DataScope scope, AuditQuery query, PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page("select a.* from audit_event a", "audit_event a", WHERE,
                "a.occurred_at desc, a.id desc"), params(query), entryMapper, page);
    }

    /** Streams every matching entry, newest first, without holding them all in memory. */
    @Transactional(readOnly = true)
    public void forEach(DataScope scope, AuditQuery query, int limit, Consumer<AuditEntry> consumer) {
        scoped.sql(scope, "select a.* from audit_event a where " + WHERE
                + " order by a.occurred_at desc, a.id desc limit :limit")
                .params(params(query)).param("limit", limit).withFetchSize(500).query(entryMapper).stream()
                .forEach(consumer);
    }

    private static Map<String, @Nullable Object> params(AuditQuery query) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("from", query.from() == null ? null : Timestamp.from(query.from()));
        params.put("to", query.to() == null ? null : Timestamp.from(query.to()));
        params.put("actor", SqlText.containsPattern(query.actor()));
        params.put("action", SqlText.containsPattern(query.action()));
        params.put("outcome", query.outcome() == null ? null : query.outcome().name());
        return params;
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
