package org.chemsafe.dualprevention.internal.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.internal.OccurrenceEngine;
import org.chemsafe.dualprevention.internal.register.InspectionTaskView;
import org.chemsafe.dualprevention.internal.register.InspectionTasks;
import org.chemsafe.identity.RoleDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occurrences of inspection tasks with their states under the injected clock: one task's, the caller's rounds of
 * the plant's day, and the occurrences missed (未排查) in a period.
 */
@Service
@Transactional(readOnly = true)
public class Rounds {

    private final InspectionTasks tasks;
    private final InspectionRecordRepository records;
    private final OccurrenceEngine engine;
    private final WorkCalendar calendar;
    private final UnitPauses pauses;
    private final RoleDirectory roles;
    private final Clock clock;

    Rounds(InspectionTasks tasks, InspectionRecordRepository records, OccurrenceEngine engine, WorkCalendar calendar,
            UnitPauses pauses, RoleDirectory roles, Clock clock) {
        this.roles = roles;
        this.pauses = pauses;
        this.tasks = tasks;
        this.records = records;
        this.engine = engine;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The task's windows (those the engine gave) judged now. */
    List<OccurrenceView> judged(Actor actor, InspectionTaskView task, List<DueWindow> windows) {
        return judge(task, windows, actor.scope(), clock.instant(), pausesOf(List.of(task), actor.scope()));
    }

    /** The occurrences of the caller's tasks (or their posts') open at some time of the plant's day, by start. */
    List<RoundOccurrence> today(Actor actor) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Instant dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        List<InspectionTaskView> assigned = tasks.assignedTo(actor.id(), roles.rolesOf(actor.id()), actor.scope());
        Map<UUID, List<UnitPause>> paused = pausesOf(assigned, actor.scope());
        return assigned.stream()
                .flatMap(task -> rounds(task, engine.overlapping(task.cycle(), dayStart, dayEnd), actor.scope(), now,
                        paused, occurrence -> true).stream())
                .sorted(Comparator.comparing((RoundOccurrence round) -> round.occurrence().start())
                        .thenComparing(RoundOccurrence::checkTaskId))
                .toList();
    }

    /** The occurrences of the scope's tasks (or one enterprise's) starting in [from, to) that closed unrecorded. */
    List<RoundOccurrence> missed(Actor actor, @Nullable UUID enterpriseId, Instant from, Instant to) {
        Instant now = clock.instant();
        return occurrences(actor, enterpriseId, from, to.isAfter(now) ? now : to, OccurrenceState.MISSED);
    }

    /**
     * The occurrences of the scope's tasks (or one enterprise's) starting in [from, to), in a state or all, by
     * start: the task calendar's month.
     */
    List<RoundOccurrence> occurrences(Actor actor, @Nullable UUID enterpriseId, Instant from, Instant to,
            @Nullable OccurrenceState state) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<InspectionTaskView> scoped = tasks.of(actor.scope(), enterpriseId);
        Map<UUID, List<UnitPause>> paused = pausesOf(scoped, actor.scope());
        return scoped.stream()
                .flatMap(task -> rounds(task, engine.windows(task.cycle(), from, to), actor.scope(), now, paused,
                        occurrence -> state == null || occurrence.state() == state).stream())
                .sorted(Comparator.comparing((RoundOccurrence round) -> round.occurrence().start())
                        .thenComparing(RoundOccurrence::checkTaskId))
                .toList();
    }

    /**
     * The occurrences of every assigned task open at some time of the plant's day of {@code now} and still to do
     * then (due or upcoming, not paused), for the day's reminders.
     */
    List<RoundOccurrence> toDoOn(Instant now) {
        DataScope scope = DataScope.platform();
        ZoneId zone = calendar.zone();
        LocalDate day = LocalDate.ofInstant(now, zone);
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<InspectionTaskView> assigned = tasks.of(scope, null).stream()
                .filter(task -> task.assigneeId() != null || task.assigneeRole() != null).toList();
        Map<UUID, List<UnitPause>> paused = pausesOf(assigned, scope);
        return assigned.stream()
                .flatMap(task -> rounds(task, engine.overlapping(task.cycle(), dayStart, dayEnd), scope, now, paused,
                        occurrence -> occurrence.state() == OccurrenceState.DUE
                                || occurrence.state() == OccurrenceState.UPCOMING).stream())
                .sorted(Comparator.comparing((RoundOccurrence round) -> round.occurrence().start())
                        .thenComparing(RoundOccurrence::checkTaskId))
                .toList();
    }

    /** The occurrences of every enterprise's tasks whose windows closed in (since, until] without a record. */
    List<RoundOccurrence> closedUnrecorded(Instant since, Instant until) {
        DataScope scope = DataScope.platform();
        List<InspectionTaskView> all = tasks.of(scope, null);
        Map<UUID, List<UnitPause>> paused = pausesOf(all, scope);
        return all.stream()
                .flatMap(task -> rounds(task, engine.overlapping(task.cycle(), since, until).stream()
                        .filter(window -> window.end().toInstant().isAfter(since)
                                && !window.end().toInstant().isAfter(until))
                        .toList(), scope, until, paused, occurrence -> occurrence.state() == OccurrenceState.MISSED)
                        .stream())
                .toList();
    }

    /**
     * What the enterprise's tasks planned and did: their occurrences starting at or after {@code from} that closed
     * by {@code until} (at the latest now) and were not paused by a stopped unit, those with a record, and those of
     * 包保 tasks without one.
     */
    public TaskCompletion completion(UUID enterpriseId, Instant from, Instant until) {
        Instant now = clock.instant();
        Instant cutOff = until.isAfter(now) ? now : until;
        if (!cutOff.isAfter(from)) {
            return new TaskCompletion(0, 0, 0);
        }
        DataScope scope = DataScope.enterprise(enterpriseId);
        int planned = 0;
        int completed = 0;
        int accountableMissed = 0;
        List<InspectionTaskView> enterpriseTasks = tasks.of(scope, enterpriseId);
        Map<UUID, List<UnitPause>> paused = pausesOf(enterpriseTasks, scope);
        for (InspectionTaskView task : enterpriseTasks) {
            List<DueWindow> closed = engine.windows(task.cycle(), from, cutOff).stream()
                    .filter(window -> !window.end().toInstant().isAfter(cutOff)).toList();
            for (OccurrenceView occurrence : judge(task, closed, scope, now, paused)) {
                if (occurrence.state() == OccurrenceState.PAUSED) {
                    continue;
                }
                planned++;
                if (occurrence.state() == OccurrenceState.DONE) {
                    completed++;
                } else if (task.accountable()) {
                    accountableMissed++;
                }
            }
        }
        return new TaskCompletion(planned, completed, accountableMissed);
    }

    private List<RoundOccurrence> rounds(InspectionTaskView task, List<DueWindow> windows, DataScope scope,
            Instant now, Map<UUID, List<UnitPause>> paused, Predicate<OccurrenceView> wanted) {
        return judge(task, windows, scope, now, paused).stream().filter(wanted)
                .map(occurrence -> new RoundOccurrence(task.id(), task.enterpriseId(), task.riskMeasureId(),
                        task.troubleshootContent(), task.workType(), task.taskNum(), task.assigneeId(),
                        task.assigneeRole(), occurrence))
                .toList();
    }

    private List<OccurrenceView> judge(InspectionTaskView task, List<DueWindow> windows, DataScope scope,
            Instant now, Map<UUID, List<UnitPause>> paused) {
        if (windows.isEmpty()) {
            return List.of();
        }
        Instant first = windows.get(0).start().toInstant();
        Instant last = windows.get(windows.size() - 1).start().toInstant();
        UUID unit = task.hazardUnitId();
        return OccurrenceStates.judge(windows, records.checks(task.id(), first, last.plusSeconds(1), scope), now,
                unit == null ? List.of() : paused.getOrDefault(unit, List.of()));
    }

    /** The pauses of the tasks' production units, by unit. */
    private Map<UUID, List<UnitPause>> pausesOf(List<InspectionTaskView> of, DataScope scope) {
        return pauses.of(of.stream().map(InspectionTaskView::hazardUnitId).filter(Objects::nonNull).toList(), scope);
    }
}
