package org.chemsafe.alarm.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.internal.EscalationRule.Progress;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ladders enterprises configured and the open alarms' progress on them. */
@Repository
class EscalationRepository {

    private final ScopedJdbc scoped;
    private final NamedParameterJdbcTemplate batches;

    EscalationRepository(ScopedJdbc scoped, NamedParameterJdbcTemplate batches) {
        this.scoped = scoped;
        this.batches = batches;
    }

    /** The enterprises' ladders, the defaults where an enterprise changed none. */
    Map<UUID, Map<AlarmSeverity, EscalationLadder>> ladders(Collection<UUID> enterpriseIds, DataScope scope) {
        Map<UUID, Map<AlarmSeverity, EscalationLadder>> ladders = new HashMap<>();
        for (UUID enterpriseId : enterpriseIds) {
            Map<AlarmSeverity, EscalationLadder> standard = new EnumMap<>(AlarmSeverity.class);
            for (AlarmSeverity severity : AlarmSeverity.values()) {
                standard.put(severity, EscalationLadder.standard(severity));
            }
            ladders.put(enterpriseId, standard);
        }
        if (enterpriseIds.isEmpty()) {
            return ladders;
        }
        scoped.sql(scope, "select * from alarm_ladder where @scope(enterprise_id) and enterprise_id = any(:ids)")
                .param("ids", enterpriseIds.toArray(UUID[]::new)).query((rs, row) -> {
                    AlarmSeverity severity = AlarmSeverity.valueOf(rs.getString("severity"));
                    ladders.get(rs.getObject("enterprise_id", UUID.class)).put(severity, new EscalationLadder(
                            severity, rs.getInt("first_minutes"), rs.getInt("second_minutes"),
                            (Integer) rs.getObject("third_minutes"), (Integer) rs.getObject("reminder_minutes"),
                            (Integer) rs.getObject("active_limit_minutes")));
                    return severity;
                }).list();
        return ladders;
    }

    /** Replaces the enterprise's ladders of these severities. */
    void saveLadders(UUID enterpriseId, List<EscalationLadder> ladders, Instant now) {
        batches.batchUpdate("""
                insert into alarm_ladder (enterprise_id, severity, first_minutes, second_minutes, third_minutes,
                    reminder_minutes, active_limit_minutes, updated_at)
                values (:enterpriseId, :severity, :first, :second, :third, :reminder, :activeLimit, :now)
                on conflict (enterprise_id, severity) do update set first_minutes = excluded.first_minutes,
                    second_minutes = excluded.second_minutes, third_minutes = excluded.third_minutes,
                    reminder_minutes = excluded.reminder_minutes,
                    active_limit_minutes = excluded.active_limit_minutes, updated_at = excluded.updated_at""",
                ladders.stream().map(ladder -> new MapSqlParameterSource().addValue("enterpriseId", enterpriseId)
                        .addValue("severity", ladder.severity().name()).addValue("first", ladder.firstMinutes())
                        .addValue("second", ladder.secondMinutes()).addValue("third", ladder.thirdMinutes())
                        .addValue("reminder", ladder.reminderMinutes())
                        .addValue("activeLimit", ladder.activeLimitMinutes())
                        .addValue("now", Timestamp.from(now))).toArray(MapSqlParameterSource[]::new));
    }

    /** The progress of these alarms, those that have any. */
    Map<UUID, Progress> progress(Collection<UUID> alarmIds) {
        Map<UUID, Progress> progress = new HashMap<>();
        if (alarmIds.isEmpty()) {
            return progress;
        }
        scoped.sql(DataScope.platform(), """
                select * from alarm_escalation where @scope(enterprise_id) and alarm_id = any(:ids)""")
                .param("ids", alarmIds.toArray(UUID[]::new)).query((rs, row) -> progress.put(
                        rs.getObject("alarm_id", UUID.class), new Progress(rs.getInt("step"),
                                rs.getTimestamp("last_notice_at").toInstant(), rs.getBoolean("active_too_long"))))
                .list();
        return progress;
    }

    /** Stores the alarms' progress, one batch. */
    void saveProgress(Map<AlarmRecord, Progress> progress) {
        if (progress.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into alarm_escalation (alarm_id, enterprise_id, step, last_notice_at, active_too_long)
                values (:alarmId, :enterpriseId, :step, :lastNoticeAt, :activeTooLong)
                on conflict (alarm_id) do update set step = excluded.step, last_notice_at = excluded.last_notice_at,
                    active_too_long = excluded.active_too_long""",
                progress.entrySet().stream().map(entry -> new MapSqlParameterSource()
                        .addValue("alarmId", entry.getKey().id()).addValue("enterpriseId", entry.getKey().enterpriseId())
                        .addValue("step", entry.getValue().step())
                        .addValue("lastNoticeAt", Timestamp.from(entry.getValue().lastNoticeAt()))
                        .addValue("activeTooLong", entry.getValue().activeTooLong()))
                        .toArray(MapSqlParameterSource[]::new));
    }
}
