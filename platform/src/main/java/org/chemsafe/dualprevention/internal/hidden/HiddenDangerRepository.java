package org.chemsafe.dualprevention.internal.hidden;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of hidden dangers and their history: reads in the caller's scope, with the overdue flag judged against
 * the day given; writes of the national columns by name (constants of this class, never input).
 */
@Repository
class HiddenDangerRepository {

    private static final String SELECT = """
            select t.id, t.enterprise_id, t.risk_measure_id, t.check_record_id, t.hazard_code, t.danger_name, t.danger_src,
                t.hazard_danger_type, t.danger_desc, t.danger_reason, t.danger_img, t.registrant, t.regist_time,
                t.status, t.danger_level, t.danger_manage_type, t.liable_person, t.danger_manage_deadline,
                t.control_measures, t.cost, t.contingency_plan, t.danger_accept_img, t.check_accept_person,
                t.check_accept_time, t.check_accept_comment, t.major_criterion,
                (t.status = 'RECTIFYING' and t.danger_manage_deadline < :today) as overdue
            from hidden_danger t""";

    private static final String WHERE = """
            @scope(t.enterprise_id)
             and (cast(:enterpriseId as uuid) is null or t.enterprise_id = :enterpriseId)
             and (cast(:status as text) is null or t.status = :status)
             and (cast(:level as text) is null or t.danger_level = :level)
             and (cast(:overdue as boolean) is null
                  or (t.status = 'RECTIFYING' and t.danger_manage_deadline < :today) = :overdue)
             and (cast(:pattern as text) is null or t.danger_name like :pattern or t.danger_desc like :pattern
                  or t.liable_person like :pattern or t.hazard_code like :pattern)""";

    private static final String ORDER = "t.regist_time desc, t.id";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    HiddenDangerRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<HiddenDangerView> findVisible(UUID id, DataScope scope, LocalDate today) {
        return scoped.sql(scope, SELECT + " where @scope(t.enterprise_id) and t.id = :id").param("id", id)
                .param("today", today).query(HiddenDangerRepository::map).optional();
    }

    /** The hidden danger if the scope may see it, locked for the step the caller takes. */
    Optional<HiddenDangerView> findVisibleForUpdate(UUID id, DataScope scope, LocalDate today) {
        return scoped.sql(scope, SELECT + " where @scope(t.enterprise_id) and t.id = :id for update of t")
                .param("id", id).param("today", today).query(HiddenDangerRepository::map).optional();
    }

    PageResult<HiddenDangerView> search(DataScope scope, HiddenDangerFilter filter, LocalDate today,
            PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "hidden_danger t", WHERE, ORDER),
                params(filter, today), HiddenDangerRepository::map, page);
    }

    /** At most {@code limit} hidden dangers of the filter, newest first, for the ledger. */
    List<HiddenDangerView> ledger(DataScope scope, HiddenDangerFilter filter, LocalDate today, int limit) {
        return scoped.sql(scope, SELECT + " where " + WHERE + " order by " + ORDER + " limit :limit")
                .params(params(filter, today)).param("limit", limit).query(HiddenDangerRepository::map).list();
    }

    private static Map<String, @Nullable Object> params(HiddenDangerFilter filter, LocalDate today) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", filter.enterpriseId());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("level", filter.dangerLevel() == null ? null : filter.dangerLevel().name());
        params.put("overdue", filter.overdue());
        params.put("pattern", filter.pattern());
        params.put("today", today);
        return params;
    }

    /** The counts of the effectiveness score over [start, end), the days from and to of the same period. */
    RectificationCounts counts(UUID enterpriseId, LocalDate from, LocalDate to, Instant start, Instant end,
            LocalDate today) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select count(*) filter (where t.due) as due,
                    count(*) filter (where t.due and t.status in ('ACCEPTED', 'CLOSED')
                                     and t.check_accept_time < :end) as accepted,
                    count(*) filter (where t.regist_time >= :start and t.regist_time < :end) as reported,
                    count(*) filter (where t.danger_level = 'MAJOR' and t.status = 'RECTIFYING'
                                     and t.danger_manage_deadline < :today and t.danger_manage_deadline <= :to)
                        as major_overdue
                from (select h.*, ((h.danger_manage_type = 'BY_DEADLINE'
                                    and h.danger_manage_deadline between :from and :to)
                                   or (h.danger_manage_type = 'IMMEDIATE' and h.regist_time >= :start
                                       and h.regist_time < :end)) as due
                      from hidden_danger h where @scope(h.enterprise_id)) t""")
                .param("from", from).param("to", to).param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end)).param("today", today)
                .query((rs, row) -> new RectificationCounts(rs.getInt("due"), rs.getInt("accepted"),
                        rs.getInt("reported"), rs.getInt("major_overdue")))
                .single();
    }

    /** The open hidden dangers of each enterprise of the scope that has any, today. */
    Map<UUID, OpenDangers> open(DataScope scope, LocalDate today) {
        Map<UUID, OpenDangers> open = new HashMap<>();
        scoped.sql(scope, """
                select t.enterprise_id, count(*) as open,
                    count(*) filter (where t.danger_level = 'MAJOR') as major,
                    count(*) filter (where t.status = 'RECTIFYING' and t.danger_manage_deadline < :today) as overdue,
                    count(*) filter (where t.danger_level = 'MAJOR' and t.status = 'RECTIFYING'
                                     and t.danger_manage_deadline < :today) as major_overdue
                from hidden_danger t
                where @scope(t.enterprise_id) and t.status not in ('ACCEPTED', 'CLOSED')
                group by t.enterprise_id""").param("today", today)
                .query((rs, row) -> open.put(rs.getObject("enterprise_id", UUID.class), new OpenDangers(
                        rs.getInt("open"), rs.getInt("major"), rs.getInt("overdue"), rs.getInt("major_overdue"))))
                .list();
        return open;
    }

    /** Whether the control measure exists in the scope (a hidden danger links only to its own enterprise's). */
    boolean measureVisible(UUID riskMeasureId, DataScope scope) {
        return scoped.sql(scope, "select count(*) from control_measure m where @scope(m.enterprise_id) and m.id = :id")
                .param("id", riskMeasureId).query(Long.class).single() > 0;
    }

    void insert(Map<String, @Nullable Object> columns) {
        insertInto("hidden_danger", columns);
    }

    void update(UUID id, Map<String, @Nullable Object> columns) {
        jdbc.sql("update hidden_danger set " + columns.keySet().stream().map(column -> column + " = :" + column)
                .collect(Collectors.joining(", ")) + " where id = :id").params(columns).param("id", id).update();
    }

    void append(UUID dangerId, UUID enterpriseId, HiddenDangerStep step) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("id", UUID.randomUUID());
        row.put("hidden_danger_id", dangerId);
        row.put("enterprise_id", enterpriseId);
        row.put("action", step.action());
        row.put("from_status", step.fromStatus() == null ? null : step.fromStatus().name());
        row.put("to_status", step.toStatus().name());
        row.put("actor_id", step.actorId());
        row.put("actor_name", step.actorName());
        row.put("at", Timestamp.from(step.at()));
        row.put("comment", step.comment());
        insertInto("hidden_danger_history", row);
    }

    private void insertInto(String table, Map<String, @Nullable Object> columns) {
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
                + columns.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")")
                .params(columns).update();
    }

    List<HiddenDangerStep> history(UUID dangerId, DataScope scope) {
        return scoped.sql(scope, """
                select h.action, h.from_status, h.to_status, h.actor_id, h.actor_name, h.at, h.comment
                from hidden_danger_history h
                where @scope(h.enterprise_id) and h.hidden_danger_id = :id order by h.at, h.id""")
                .param("id", dangerId).query((rs, row) -> {
                    String from = rs.getString("from_status");
                    return new HiddenDangerStep(rs.getString("action"),
                            from == null ? null : HiddenDangerStatus.valueOf(from),
                            HiddenDangerStatus.valueOf(rs.getString("to_status")),
                            rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                            rs.getTimestamp("at").toInstant(), rs.getString("comment"));
                }).list();
    }

    private static HiddenDangerView map(ResultSet rs, int row) throws SQLException {
        HiddenDangerStatus status = HiddenDangerStatus.valueOf(rs.getString("status"));
        String level = rs.getString("danger_level");
        String manageType = rs.getString("danger_manage_type");
        return new HiddenDangerView(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("risk_measure_id", UUID.class), rs.getObject("check_record_id", UUID.class),
                rs.getString("hazard_code"), rs.getString("danger_name"),
                rs.getInt("danger_src"), rs.getInt("hazard_danger_type"), rs.getString("danger_desc"),
                rs.getString("danger_reason"), ids(rs.getArray("danger_img")), rs.getString("registrant"),
                rs.getTimestamp("regist_time").toInstant(), status, status.dangerState(),
                level == null ? null : DangerLevel.valueOf(level),
                manageType == null ? null : DangerManageType.valueOf(manageType), rs.getString("liable_person"),
                rs.getObject("danger_manage_deadline", LocalDate.class), rs.getString("control_measures"),
                rs.getBigDecimal("cost"), rs.getString("contingency_plan"), ids(rs.getArray("danger_accept_img")),
                rs.getString("check_accept_person"), instant(rs.getTimestamp("check_accept_time")),
                rs.getString("check_accept_comment"), rs.getObject("major_criterion", Integer.class),
                rs.getBoolean("overdue"));
    }

    private static List<UUID> ids(Array array) throws SQLException {
        return List.of((UUID[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
