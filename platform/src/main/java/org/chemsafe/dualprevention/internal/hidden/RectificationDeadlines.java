package org.chemsafe.dualprevention.internal.hidden;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.alarm.OriginatorType;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the alarm centre when a rectification (限期整改) runs past its deadline: the day after the deadline, in the
 * plant's zone, a {@code RECTIFICATION_OVERDUE} alarm of the hidden danger is raised (orange for a 重大 hidden danger,
 * yellow for a 一般 one: no standard fixes the colours); it returns once the danger is reported rectified, accepted or
 * given a later deadline. A flag on the danger keeps each crossing told once, across restarts; the flags and the
 * alarms are written in one transaction. Runs every {@code chemsafe.dual-prevention.overdue-check} (5 minutes).
 */
@Component
class RectificationDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(RectificationDeadlines.class);
    private static final int BATCH = 500;
    private static final String OVERDUE = "t.status = 'RECTIFYING' and t.danger_manage_deadline < :today";

    private final ScopedJdbc scoped;
    private final JdbcClient jdbc;
    private final AlarmCentre alarms;
    private final WorkCalendar calendar;
    private final Clock clock;

    RectificationDeadlines(ScopedJdbc scoped, JdbcClient jdbc, AlarmCentre alarms, WorkCalendar calendar,
            Clock clock) {
        this.scoped = scoped;
        this.jdbc = jdbc;
        this.alarms = alarms;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chemsafe.dual-prevention.overdue-check:PT5M}",
            initialDelayString = "${chemsafe.dual-prevention.overdue-check:PT5M}")
    void run() {
        Instant now = clock.instant();
        check(LocalDate.ofInstant(now, calendar.zone()), now);
    }

    /** Raises the alarms of the rectifications overdue on {@code today} and returns the others'; how many of each. */
    @Transactional
    Outcome check(LocalDate today, Instant now) {
        List<AlarmSignal> signals = new ArrayList<>();
        List<UUID> raised = new ArrayList<>();
        scoped.sql(DataScope.platform(), "select t.id, t.enterprise_id, t.danger_name, t.danger_level,"
                + " t.danger_manage_deadline from hidden_danger t where @scope(t.enterprise_id) and " + OVERDUE
                + " and not t.overdue_alarmed order by t.danger_manage_deadline, t.id limit " + BATCH
                + " for update skip locked").param("today", today).query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    raised.add(id);
                    LocalDate deadline = rs.getObject("danger_manage_deadline", LocalDate.class);
                    boolean major = "MAJOR".equals(rs.getString("danger_level"));
                    signals.add(new AlarmSignal.Raise(rs.getObject("enterprise_id", UUID.class), originator(id),
                            rs.getString("danger_name"), AlarmType.RECTIFICATION_OVERDUE, AlarmCondition.PRESENT,
                            major ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR, null, List.of(), null,
                            deadline.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
                    return id;
                }).list();
        List<UUID> returned = new ArrayList<>();
        scoped.sql(DataScope.platform(), "select t.id, t.enterprise_id from hidden_danger t"
                + " where @scope(t.enterprise_id) and t.overdue_alarmed and not (" + OVERDUE + ")"
                + " order by t.id limit " + BATCH + " for update skip locked").param("today", today)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    returned.add(id);
                    signals.add(new AlarmSignal.Return(rs.getObject("enterprise_id", UUID.class), originator(id),
                            AlarmType.RECTIFICATION_OVERDUE, now));
                    return id;
                }).list();
        if (signals.isEmpty()) {
            return new Outcome(0, 0);
        }
        alarms.apply(signals);
        flag(raised, true);
        flag(returned, false);
        LOG.info("rectification deadlines: {} overdue alarms raised, {} returned", raised.size(), returned.size());
        return new Outcome(raised.size(), returned.size());
    }

    /** How many alarms a check raised and returned. */
    record Outcome(int raised, int returned) {
    }

    private void flag(List<UUID> ids, boolean alarmed) {
        if (!ids.isEmpty()) {
            jdbc.sql("update hidden_danger set overdue_alarmed = :alarmed where id = any(:ids)")
                    .param("alarmed", alarmed).param("ids", ids.toArray(UUID[]::new)).update();
        }
    }

    private static Originator originator(UUID hiddenDanger) {
        return new Originator(OriginatorType.HIDDEN_DANGER, hiddenDanger);
    }
}
