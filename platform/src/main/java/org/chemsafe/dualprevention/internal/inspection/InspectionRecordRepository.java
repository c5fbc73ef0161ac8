package org.chemsafe.dualprevention.internal.inspection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of inspection records: reads in a scope, with their task's content and the hidden danger they found. */
@Repository
class InspectionRecordRepository {

    private static final String SELECT = """
            select r.id, r.enterprise_id, r.check_task_id, t.risk_measure_id, t.troubleshoot_content, r.window_start,
                r.window_end, r.client_id, r.check_status, r.check_time, r.received_at, r.comment, r.photos,
                r.latitude, r.longitude, r.site_x, r.site_y, r.checkpoint_code, r.recorded_by, r.recorder_name,
                (select h.id from hidden_danger h where h.check_record_id = r.id order by h.regist_time, h.id limit 1)
                    as hidden_danger_id
            from inspection_record r join inspection_task t on t.id = r.check_task_id""";

    private static final String WHERE = """
            @scope(r.enterprise_id)
             and (cast(:enterpriseId as uuid) is null or r.enterprise_id = :enterpriseId)
             and (cast(:taskId as uuid) is null or r.check_task_id = :taskId)
             and (cast(:status as smallint) is null or r.check_status = :status)
             and (cast(:recordedBy as uuid) is null or r.recorded_by = :recordedBy)
             and (cast(:from as timestamptz) is null or r.check_time >= :from)
             and (cast(:to as timestamptz) is null or r.check_time < :to)""";

    private static final String ORDER = "r.check_time desc, r.id";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    InspectionRecordRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /**
     * Inserts the record unless the enterprise already has one with its client id or the occurrence already has
     * one; answers whether it was inserted.
     */
    boolean insertIfNew(Map<String, @Nullable Object> columns) {
        return jdbc.sql("insert into inspection_record (" + String.join(", ", columns.keySet()) + ") values ("
                + String.join(", ", columns.keySet().stream().map(column -> ":" + column).toList())
                + ") on conflict do nothing").params(columns).update() == 1;
    }

    Optional<InspectionRecordView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(r.enterprise_id) and r.id = :id").param("id", id)
                .query(InspectionRecordRepository::map).optional();
    }

    Optional<InspectionRecordView> findByClientId(UUID enterpriseId, UUID clientId) {
        return scoped.sql(DataScope.enterprise(enterpriseId), SELECT + " where @scope(r.enterprise_id)"
                + " and r.client_id = :clientId").param("clientId", clientId).query(InspectionRecordRepository::map)
                .optional();
    }

    Optional<UUID> recordOf(UUID taskId, Instant windowStart, DataScope scope) {
        return scoped.sql(scope, "select r.id from inspection_record r where @scope(r.enterprise_id)"
                + " and r.check_task_id = :taskId and r.window_start = :start").param("taskId", taskId)
                .param("start", Timestamp.from(windowStart)).query(UUID.class).optional();
    }

    /** The records of the task whose windows start in [from, to). */
    List<RecordedCheck> checks(UUID taskId, Instant from, Instant to, DataScope scope) {
        return scoped.sql(scope, """
                select r.id, r.window_start, r.check_status from inspection_record r
                where @scope(r.enterprise_id) and r.check_task_id = :taskId
                  and r.window_start >= :from and r.window_start < :to""").param("taskId", taskId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new RecordedCheck(rs.getObject("id", UUID.class),
                        rs.getTimestamp("window_start").toInstant(),
                        CheckStatus.ofNationalCode(rs.getInt("check_status"))))
                .list();
    }

    PageResult<InspectionRecordView> search(DataScope scope, InspectionRecordFilter filter, PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "inspection_record r", WHERE, ORDER), params(filter),
                InspectionRecordRepository::map, page);
    }

    /** At most {@code limit} records of the filter, newest first, for the ledger. */
    List<InspectionRecordView> ledger(DataScope scope, InspectionRecordFilter filter, int limit) {
        return scoped.sql(scope, SELECT + " where " + WHERE + " order by " + ORDER + " limit :limit")
                .params(params(filter)).param("limit", limit).query(InspectionRecordRepository::map).list();
    }

    private static Map<String, @Nullable Object> params(InspectionRecordFilter filter) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", filter.enterpriseId());
        params.put("taskId", filter.checkTaskId());
        params.put("status", filter.checkStatus() == null ? null : filter.checkStatus().nationalCode());
        params.put("recordedBy", filter.recordedBy());
        params.put("from", filter.from() == null ? null : Timestamp.from(filter.from()));
        params.put("to", filter.to() == null ? null : Timestamp.from(filter.to()));
        return params;
    }

    private static InspectionRecordView map(ResultSet rs, int row) throws SQLException {
        CheckStatus status = CheckStatus.ofNationalCode(rs.getInt("check_status"));
        Instant windowEnd = rs.getTimestamp("window_end").toInstant();
        Instant checkTime = rs.getTimestamp("check_time").toInstant();
        BigDecimal latitude = rs.getBigDecimal("latitude");
        BigDecimal x = rs.getBigDecimal("site_x");
        RecordLocation location = latitude == null && x == null ? null
                : new RecordLocation(latitude, rs.getBigDecimal("longitude"), x, rs.getBigDecimal("site_y"));
        return new InspectionRecordView(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("check_task_id", UUID.class), rs.getObject("risk_measure_id", UUID.class),
                rs.getString("troubleshoot_content"), rs.getTimestamp("window_start").toInstant(), windowEnd,
                rs.getObject("client_id", UUID.class), status, status.nationalCode(), checkTime,
                rs.getTimestamp("received_at").toInstant(), !checkTime.isBefore(windowEnd), rs.getString("comment"),
                List.of((UUID[]) rs.getArray("photos").getArray()), location, rs.getString("checkpoint_code"),
                rs.getObject("recorded_by", UUID.class), rs.getString("recorder_name"),
                rs.getObject("hidden_danger_id", UUID.class));
    }
}
