package org.chemsafe.dualprevention.internal.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.dualprevention.WorkDayType;
import org.jspecify.annotations.Nullable;

/** The tables of the risk register, parents first, with their columns and how a row becomes its view. */
final class RegisterTables {

    static final RegisterTable<RiskObjectView> OBJECTS = new RegisterTable<>("risk_object", null,
            "select t.id, t.enterprise_id, t.hazard_code, t.name from risk_object t", "t.name, t.id",
            (rs, row) -> new RiskObjectView(id(rs), enterpriseId(rs), rs.getString("hazard_code"),
                    rs.getString("name")));

    static final RegisterTable<RiskUnitView> UNITS = new RegisterTable<>("risk_unit", "risk_object_id", """
            select t.id, t.enterprise_id, t.risk_object_id, t.risk_unit_name, t.hazard_dep, t.hazard_liable_person,
                t.area_id, t.hazard_unit_id
            from risk_unit t""", "t.risk_unit_name, t.id",
            (rs, row) -> new RiskUnitView(id(rs), enterpriseId(rs), rs.getObject("risk_object_id", UUID.class),
                    rs.getString("risk_unit_name"), rs.getString("hazard_dep"), rs.getString("hazard_liable_person"),
                    rs.getObject("area_id", UUID.class), rs.getObject("hazard_unit_id", UUID.class)));

    /** An event with its latest assessment (the history's newest row). */
    static final RegisterTable<RiskEventView> EVENTS = new RegisterTable<>("risk_event", "risk_unit_id", """
            select t.id, t.enterprise_id, t.risk_unit_id, t.risk_event_name, a.method, a.score, a.risk_level,
                a.assessed_at
            from risk_event t left join lateral (
                select method, score, risk_level, assessed_at from risk_assessment
                where risk_event_id = t.id order by assessed_at desc, id desc limit 1) a on true""",
            "t.risk_event_name, t.id", RegisterTables::event);

    static final RegisterTable<ControlMeasureView> MEASURES = new RegisterTable<>("control_measure", "risk_event_id",
            """
            select t.id, t.enterprise_id, t.risk_event_id, t.data_src, t.risk_measure_desc, t.classify1, t.classify2,
                t.classify3, t.troubleshoot_content
            from control_measure t""", "t.created_at, t.id",
            (rs, row) -> new ControlMeasureView(id(rs), enterpriseId(rs), rs.getObject("risk_event_id", UUID.class),
                    rs.getInt("data_src"), rs.getString("risk_measure_desc"), rs.getString("classify1"),
                    rs.getString("classify2"), rs.getString("classify3"), rs.getString("troubleshoot_content")));

    static final RegisterTable<InspectionTaskView> TASKS = new RegisterTable<>("inspection_task", "risk_measure_id",
            """
            select t.id, t.enterprise_id, t.risk_measure_id, t.troubleshoot_content, t.check_cycle,
                t.check_cycle_unit, t.task_start_time, t.work_start_time, t.work_end_time, t.work_day_type,
                t.work_type, t.task_num, t.assignee_id, t.assignee_role,
                (select u.hazard_unit_id from control_measure m join risk_event e on e.id = m.risk_event_id
                    join risk_unit u on u.id = e.risk_unit_id where m.id = t.risk_measure_id) as hazard_unit_id
            from inspection_task t""", "t.created_at, t.id", RegisterTables::task);

    private RegisterTables() {
    }

    private static RiskEventView event(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("method");
        String level = rs.getString("risk_level");
        RiskLevel riskLevel = level == null ? null : RiskLevel.valueOf(level);
        Timestamp assessedAt = rs.getTimestamp("assessed_at");
        return new RiskEventView(id(rs), enterpriseId(rs), rs.getObject("risk_unit_id", UUID.class),
                rs.getString("risk_event_name"), method == null ? null : RiskMethod.valueOf(method),
                rs.getBigDecimal("score"), riskLevel, riskLevel == null ? null : riskLevel.colour(),
                assessedAt == null ? null : assessedAt.toInstant());
    }

    private static InspectionTaskView task(ResultSet rs, int row) throws SQLException {
        int workDayType = rs.getInt("work_day_type");
        Object taskNum = rs.getObject("task_num");
        return new InspectionTaskView(id(rs), enterpriseId(rs), rs.getObject("risk_measure_id", UUID.class),
                rs.getString("troubleshoot_content"), rs.getInt("check_cycle"),
                CycleUnit.valueOf(rs.getString("check_cycle_unit")),
                rs.getObject("task_start_time", LocalDateTime.class), time(rs, "work_start_time"),
                time(rs, "work_end_time"), WorkDayType.ofNationalCode(workDayType), rs.getInt("work_type"),
                taskNum == null ? null : ((Number) taskNum).intValue(), rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_role"), rs.getObject("hazard_unit_id", UUID.class));
    }

    private static @Nullable LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    private static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject("id", UUID.class);
    }

    private static UUID enterpriseId(ResultSet rs) throws SQLException {
        return rs.getObject("enterprise_id", UUID.class);
    }
}
