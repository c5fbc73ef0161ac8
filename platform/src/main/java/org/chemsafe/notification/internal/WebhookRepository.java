package org.chemsafe.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises' webhooks. Reads name a scope; writes follow the service's owner check. */
@Repository
class WebhookRepository {

    private static final String SELECT = "select * from notification_webhook w";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    WebhookRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<Webhook> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(w.enterprise_id) and w.id = :id").param("id", id)
                .query(WebhookRepository::map).optional();
    }

    PageResult<Webhook> list(DataScope scope, @Nullable UUID enterpriseId, PageQuery page) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "notification_webhook w", """
                @scope(w.enterprise_id) and (cast(:enterpriseId as uuid) is null or w.enterprise_id = :enterpriseId)""",
                "w.name, w.id"), params, WebhookRepository::map, page);
    }

    /** The enterprise's enabled webhooks (for the notices; no caller's scope). */
    List<Webhook> enabledOf(UUID enterpriseId) {
        return scoped.sql(DataScope.platform(), SELECT + " where @scope(w.enterprise_id) and w.enabled"
                + " and w.enterprise_id = :enterpriseId order by w.name").param("enterpriseId", enterpriseId)
                .query(WebhookRepository::map).list();
    }

    boolean nameTaken(UUID enterpriseId, String name, @Nullable UUID except) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select exists (select 1 from notification_webhook where @scope(enterprise_id) and name = :name
                    and (cast(:except as uuid) is null or id <> :except))""")
                .param("name", name).param("except", except).query(Boolean.class).single();
    }

    /** The webhook's signing secret, if it has one (for the sender; no caller's scope). */
    @Nullable String secretOf(UUID id) {
        return scoped.sql(DataScope.platform(), "select w.secret from notification_webhook w"
                + " where @scope(w.enterprise_id) and w.id = :id").param("id", id).query(String.class).optional()
                .orElse(null);
    }

    /** Writes the webhook; {@code secret} null keeps the stored secret, empty removes it. */
    void upsert(Webhook webhook, @Nullable String secret) {
        jdbc.sql("""
                insert into notification_webhook (id, enterprise_id, name, format, url, min_severity, enabled,
                    secret, updated_at)
                values (:id, :enterpriseId, :name, :format, :url, :minSeverity, :enabled, nullif(:secret, ''),
                    :updatedAt)
                on conflict (id) do update set name = excluded.name, format = excluded.format, url = excluded.url,
                    min_severity = excluded.min_severity, enabled = excluded.enabled,
                    secret = case when cast(:secret as text) is null then notification_webhook.secret
                        else excluded.secret end,
                    updated_at = excluded.updated_at""")
                .param("id", webhook.id()).param("enterpriseId", webhook.enterpriseId()).param("name", webhook.name())
                .param("format", webhook.format().name()).param("url", webhook.url())
                .param("minSeverity", webhook.minSeverity().name()).param("enabled", webhook.enabled())
                .param("secret", secret, java.sql.Types.VARCHAR)
                .param("updatedAt", Timestamp.from(webhook.updatedAt())).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from notification_webhook where id = :id").param("id", id).update();
    }

    private static Webhook map(ResultSet rs, int row) throws SQLException {
        return new Webhook(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), WebhookFormat.valueOf(rs.getString("format")), rs.getString("url"),
                AlarmSeverity.valueOf(rs.getString("min_severity")), rs.getBoolean("enabled"),
                rs.getString("secret") != null, rs.getTimestamp("updated_at").toInstant());
    }
}
