package org.chemsafe.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
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
import org.chemsafe.shared.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Notices, their deliveries and the deliveries' attempts. Reads name a scope; the worker's reads the platform's. */
@Repository
class NotificationRepository {

    private static final String DELIVERY_SELECT = """
            select d.*, n.kind, n.alarm_id, n.severity, n.subject, n.body, n.at
            from notification_delivery d join notification_notice n on n.id = d.notice_id""";

    private final ScopedJdbc scoped;
    private final NamedParameterJdbcTemplate batches;

    NotificationRepository(ScopedJdbc scoped, NamedParameterJdbcTemplate batches) {
        this.scoped = scoped;
        this.batches = batches;
    }

    /** Keeps the notice; false when it is kept already (a replayed event). */
    boolean insertNotice(StoredNotice notice) {
        return batches.update("""
                insert into notification_notice (id, enterprise_id, kind, alarm_id, severity, subject, body, at)
                values (:id, :enterpriseId, :kind, :alarmId, :severity, :subject, :body, :at)
                on conflict (id) do nothing""", new MapSqlParameterSource().addValue("id", notice.id())
                .addValue("enterpriseId", notice.enterpriseId()).addValue("kind", notice.kind().name())
                .addValue("alarmId", notice.alarmId(), Types.OTHER).addValue("severity", notice.severity().name())
                .addValue("subject", notice.subject()).addValue("body", notice.body())
                .addValue("at", Timestamp.from(notice.at()))) == 1;
    }

    void insertDeliveries(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into notification_delivery (id, notice_id, enterprise_id, channel, user_id, webhook_id,
                    webhook_format, address, status, attempts, next_attempt_at, created_at, delivered_at)
                values (:id, :noticeId, :enterpriseId, :channel, :userId, :webhookId, :format, :address, :status, 0,
                    :nextAttemptAt, :createdAt, :deliveredAt)""", deliveries.stream()
                .map(delivery -> new MapSqlParameterSource().addValue("id", delivery.id())
                        .addValue("noticeId", delivery.noticeId()).addValue("enterpriseId", delivery.enterpriseId())
                        .addValue("channel", delivery.channel().name())
                        .addValue("userId", delivery.userId(), Types.OTHER)
                        .addValue("webhookId", delivery.webhookId(), Types.OTHER)
                        .addValue("format", delivery.format() == null ? null : delivery.format().name())
                        .addValue("address", delivery.address()).addValue("status", delivery.status().name())
                        .addValue("nextAttemptAt", timestamp(delivery.nextAttemptAt()))
                        .addValue("createdAt", Timestamp.from(delivery.createdAt()))
                        .addValue("deliveredAt", timestamp(delivery.deliveredAt())))
                .toArray(MapSqlParameterSource[]::new));
    }

    /**
     * Claims up to {@code limit} pending deliveries due at {@code now}, oldest first: their next attempt moves to
     * {@code leaseUntil}, so a worker that dies while sending leaves them to be tried again then, and another worker
     * skips them meanwhile.
     */
    List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return scoped.sql(DataScope.platform(), """
                with due as (
                    select id from notification_delivery
                    where @scope(enterprise_id) and status = 'PENDING' and next_attempt_at <= :now
                    order by next_attempt_at, id limit :limit for update skip locked),
                claimed as (
                    update notification_delivery d set next_attempt_at = :lease from due where d.id = due.id
                    returning d.*)
                select d.*, n.kind, n.alarm_id, n.severity, n.subject, n.body, n.at
                from claimed d join notification_notice n on n.id = d.notice_id""")
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(leaseUntil)).param("limit", limit)
                .query((rs, row) -> new DueDelivery(delivery(rs), notice(rs))).list();
    }

    /** Stores the attempts' outcomes and appends the attempts, two batches. */
    void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] params = outcomes.stream().map(outcome -> new MapSqlParameterSource()
                .addValue("id", outcome.deliveryId()).addValue("enterpriseId", outcome.enterpriseId())
                .addValue("at", Timestamp.from(outcome.at())).addValue("error", outcome.error())
                .addValue("succeeded", outcome.succeeded()).addValue("status", outcome.status().name())
                .addValue("attempts", outcome.attempts())
                .addValue("nextAttemptAt", timestamp(outcome.nextAttemptAt()))).toArray(MapSqlParameterSource[]::new);
        batches.batchUpdate("""
                update notification_delivery set status = :status, attempts = :attempts,
                    next_attempt_at = :nextAttemptAt, last_error = coalesce(:error, last_error),
                    delivered_at = case when :succeeded then :at else delivered_at end
                where id = :id""", params);
        batches.batchUpdate("""
                insert into notification_attempt (delivery_id, enterprise_id, at, succeeded, error)
                values (:id, :enterpriseId, :at, :succeeded, :error)""", params);
    }

    PageResult<DeliveryView> search(DataScope scope, DeliveryFilter filter, PageQuery page) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", filter.enterpriseId());
        params.put("channel", filter.channel() == null ? null : filter.channel().name());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("alarmId", filter.alarmId());
        return scoped.page(scope, new ScopedJdbc.Page(DELIVERY_SELECT,
                "notification_delivery d join notification_notice n on n.id = d.notice_id", """
                        @scope(d.enterprise_id)
                         and (cast(:enterpriseId as uuid) is null or d.enterprise_id = :enterpriseId)
                         and (cast(:channel as text) is null or d.channel = :channel)
                         and (cast(:status as text) is null or d.status = :status)
                         and (cast(:alarmId as uuid) is null or n.alarm_id = :alarmId)""",
                "d.created_at desc, d.id"), params,
                (rs, row) -> DeliveryView.of(delivery(rs), notice(rs), List.of()), page);
    }

    Optional<DeliveryView> find(UUID id, DataScope scope) {
        return scoped.sql(scope, DELIVERY_SELECT + " where @scope(d.enterprise_id) and d.id = :id").param("id", id)
                .query((rs, row) -> DeliveryView.of(delivery(rs), notice(rs), attempts(id, scope))).optional();
    }

    /** The notices sent to the user's browser, newest first. */
    PageResult<NoticeView> noticesOf(UUID userId, DataScope scope, PageQuery page) {
        Map<String, Object> params = Map.of("userId", userId);
        return scoped.page(scope, new ScopedJdbc.Page(DELIVERY_SELECT,
                "notification_delivery d", """
                        @scope(d.enterprise_id) and d.channel = 'BROWSER' and d.user_id = :userId""",
                "d.created_at desc, d.id"), params, (rs, row) -> NoticeView.of(notice(rs)), page);
    }

    private List<DeliveryView.Attempt> attempts(UUID deliveryId, DataScope scope) {
        return scoped.sql(scope, """
                select at, succeeded, error from notification_attempt
                where @scope(enterprise_id) and delivery_id = :id order by id""").param("id", deliveryId)
                .query((rs, row) -> new DeliveryView.Attempt(rs.getTimestamp("at").toInstant(),
                        rs.getBoolean("succeeded"), rs.getString("error")))
                .list();
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        String format = rs.getString("webhook_format");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("notice_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class), DeliveryChannel.valueOf(rs.getString("channel")),
                rs.getObject("user_id", UUID.class), rs.getObject("webhook_id", UUID.class),
                format == null ? null : WebhookFormat.valueOf(format), rs.getString("address"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                SqlValues.instant(rs, "next_attempt_at"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), SqlValues.instant(rs, "delivered_at"));
    }

    private static StoredNotice notice(ResultSet rs) throws SQLException {
        return new StoredNotice(rs.getObject("notice_id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                NoticeKind.valueOf(rs.getString("kind")), rs.getObject("alarm_id", UUID.class),
                AlarmSeverity.valueOf(rs.getString("severity")), rs.getString("subject"), rs.getString("body"),
                rs.getTimestamp("at").toInstant());
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
