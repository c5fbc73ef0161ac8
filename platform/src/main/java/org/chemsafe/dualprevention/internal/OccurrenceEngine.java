package org.chemsafe.dualprevention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.InspectionCycle;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an inspection task's national cycle into its due windows (occurrences). The rules, where the national data
 * leaves them open (domain file §2.1, §3), are the platform's:
 * <ul>
 * <li><b>Day, month and year cycles</b> cut time into periods of {@code checkCycle} units from the task's start
 * (months counted from the start date, so a start on 31 January falls due on 28 February, then 31 March). A period's
 * occurrence is due from its start to the next period's start. When the work-day type does not allow the period's
 * first day, the occurrence starts on the first allowed day of the period instead (at the start's time of day); a
 * period without an allowed day before its end has no occurrence (a daily task on working days skips holidays).</li>
 * <li><b>Hourly cycles</b> run inside the daily work window of each allowed day: windows of {@code checkCycle} hours
 * from {@code workStartTime}, the last one cut at {@code workEndTime}. A window ending at or before its start time
 * runs into the next day and belongs to the day it starts on.</li>
 * <li>Nothing falls due before the task's start; days are judged by the {@link WorkCalendar} in its zone.</li>
 * </ul>
 * Occurrences of one task are therefore ordered, never overlap, and each starts on an allowed day.
 */
@Component
public class OccurrenceEngine {

    private final WorkCalendar calendar;
    private final Clock clock;

    public OccurrenceEngine(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The occurrences starting in [from, to), in order. */
    public List<DueWindow> windows(InspectionCycle cycle, Instant from, Instant to) {
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        List<DueWindow> windows = new ArrayList<>();
        for (Span span : cycle.unit() == CycleUnit.HOUR ? hourly(cycle, start, end) : periodic(cycle, start, end)) {
            if (!span.start().isBefore(start) && span.start().isBefore(end)) {
                windows.add(new DueWindow(span.day(), span.start().atZone(calendar.zone()),
                        span.end().atZone(calendar.zone())));
            }
        }
        return windows;
    }

    /** The occurrences open now or starting within the horizon from now: what is generated ahead for people. */
    public List<DueWindow> upcoming(InspectionCycle cycle, Duration horizon) {
        Instant now = clock.instant();
        return overlapping(cycle, now, now.plus(horizon));
    }

    /** The occurrences open at some moment of [from, to): starting before {@code to}, ending after {@code from}. */
    public List<DueWindow> overlapping(InspectionCycle cycle, Instant from, Instant to) {
        // an occurrence open at from started less than one cycle before it (one more unit covers month-end clamping)
        Instant earliest = local(from).minus(cycle.checkCycle() + 1L, chronoUnit(cycle.unit()))
                .atZone(calendar.zone()).toInstant();
        return windows(cycle, earliest, to).stream().filter(window -> window.end().toInstant().isAfter(from))
                .toList();
    }

    /** Periods from the task's start, beginning a little before {@code from}, each shifted to an allowed day. */
    private List<Span> periodic(InspectionCycle cycle, LocalDateTime from, LocalDateTime to) {
        ChronoUnit unit = chronoUnit(cycle.unit());
        LocalDateTime anchor = cycle.taskStartTime();
        long index = Math.max(0, unit.between(anchor, from) / cycle.checkCycle() - 1);
        List<Span> windows = new ArrayList<>();
        for (LocalDateTime start = periodStart(anchor, unit, cycle.checkCycle(), index); start.isBefore(to);
                start = periodStart(anchor, unit, cycle.checkCycle(), ++index)) {
            LocalDateTime end = periodStart(anchor, unit, cycle.checkCycle(), index + 1);
            LocalDateTime due = firstAllowed(cycle, start, end);
            if (due != null) {
                windows.add(new Span(due.toLocalDate(), due, end));
            }
        }
        return windows;
    }

    /** Computed from the anchor, not step by step, so a clamped month end does not shorten later months. */
    private static LocalDateTime periodStart(LocalDateTime anchor, ChronoUnit unit, int cycle, long index) {
        return anchor.plus(index * cycle, unit);
    }

    /** The period's start if its day is allowed, else the start's time on the period's first allowed later day. */
    private @Nullable LocalDateTime firstAllowed(InspectionCycle cycle, LocalDateTime start, LocalDateTime end) {
        LocalTime time = start.toLocalTime();
        for (LocalDate day = start.toLocalDate(); day.atTime(time).isBefore(end); day = day.plusDays(1)) {
            if (cycle.workDayType().allows(calendar.kindOf(day))) {
                return day.atTime(time);
            }
        }
        return null;
    }

    /** Hourly windows in each allowed day's work window, from the day before {@code from}. */
    private List<Span> hourly(InspectionCycle cycle, LocalDateTime from, LocalDateTime to) {
        LocalTime workStart = cycle.workStartTime();
        LocalTime workEnd = cycle.workEndTime();
        LocalDateTime anchor = cycle.taskStartTime();
        LocalDate first = anchor.toLocalDate().isAfter(from.toLocalDate()) ? anchor.toLocalDate()
                : from.toLocalDate().minusDays(1);
        List<Span> windows = new ArrayList<>();
        for (LocalDate day = first; day.atTime(workStart).isBefore(to); day = day.plusDays(1)) {
            if (!cycle.workDayType().allows(calendar.kindOf(day))) {
                continue;
            }
            LocalDateTime dayEnd = workEnd.isAfter(workStart) ? day.atTime(workEnd) : day.plusDays(1).atTime(workEnd);
            for (LocalDateTime start = day.atTime(workStart); start.isBefore(dayEnd);
                    start = start.plusHours(cycle.checkCycle())) {
                LocalDateTime end = start.plusHours(cycle.checkCycle());
                if (!start.isBefore(anchor)) {
                    windows.add(new Span(day, start, end.isAfter(dayEnd) ? dayEnd : end));
                }
            }
        }
        return windows;
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, calendar.zone());
    }

    private static ChronoUnit chronoUnit(CycleUnit unit) {
        return switch (unit) {
            case HOUR -> ChronoUnit.HOURS;
            case DAY -> ChronoUnit.DAYS;
            case MONTH -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
        };
    }

    /** A window in the plant's local time and the day it belongs to. */
    private record Span(LocalDate day, LocalDateTime start, LocalDateTime end) {
    }
}
