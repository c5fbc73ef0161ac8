package org.chemsafe.dualprevention.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chemsafe.shared.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * The due windows of an inspection task (隐患排查任务) in a period, from its national cycle. Pure: the schedule, the
 * national {@link WorkCalendar} and the period give the windows; times are the plant's ({@link WorkCalendar#zone()}).
 * <ul>
 * <li>HOUR: every {@code checkCycle} hours inside each day's work window, from its opening; the last window of a day
 * ends when the work window closes.</li>
 * <li>DAY: every {@code checkCycle} days from the task's start, at its time of day; each window lasts one cycle.</li>
 * <li>MONTH, YEAR: every {@code checkCycle} months or years from the start, counted from the start each time (31
 * January, then 28 or 29 February, then 31 March); each window lasts until the next one.</li>
 * <li>{@code workDayType}: for HOUR and DAY it selects the days that get windows (a make-up working Saturday is a
 * working day, a holiday is not). A MONTH or YEAR window that would open on an excluded day opens on the next allowed
 * day instead, so a monthly check is never lost; the sources do not say which, so this is the platform's choice.</li>
 * </ul>
 */
@Component
class OccurrenceGenerator {

    /** The most windows one call lists: a year of hourly windows. */
    static final int MAX_OCCURRENCES = 10_000;
    /** How far a MONTH or YEAR window may move to find an allowed day (the longest holiday period is 9 days). */
    private static final int MAX_SHIFT_DAYS = 31;

    private final WorkCalendar calendar;

    OccurrenceGenerator(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The windows that start in [from, to), in order, at most {@link #MAX_OCCURRENCES}. */
    List<Occurrence> between(CheckSchedule schedule, ZonedDateTime from, ZonedDateTime to) {
        ZoneId zone = calendar.zone();
        ZonedDateTime start = from.withZoneSameInstant(zone);
        ZonedDateTime end = to.withZoneSameInstant(zone);
        List<Occurrence> occurrences = new ArrayList<>();
        if (schedule.checkCycleUnit() == CheckCycleUnit.HOUR) {
            hourly(schedule, start, end, occurrences);
        } else {
            periodic(schedule, start, end, occurrences);
        }
        return occurrences;
    }

    private void hourly(CheckSchedule schedule, ZonedDateTime from, ZonedDateTime to, List<Occurrence> into) {
        Duration cycle = Duration.ofHours(schedule.checkCycle());
        LocalDate first = schedule.taskStartTime().toLocalDate();
        LocalDate day = from.toLocalDate().minusDays(1).isBefore(first) ? first : from.toLocalDate().minusDays(1);
        for (; !day.isAfter(to.toLocalDate()) && into.size() < MAX_OCCURRENCES; day = day.plusDays(1)) {
            if (!schedule.workDayType().allows(calendar.kindOf(day))) {
                continue;
            }
            ZonedDateTime opens = day.atTime(Objects.requireNonNull(schedule.workStartTime())).atZone(calendar.zone());
            LocalDate closingDay = schedule.workEndTime().isAfter(schedule.workStartTime()) ? day : day.plusDays(1);
            ZonedDateTime closes = closingDay.atTime(schedule.workEndTime()).atZone(calendar.zone());
            for (ZonedDateTime window = opens; window.isBefore(closes) && into.size() < MAX_OCCURRENCES;
                    window = window.plus(cycle)) {
                ZonedDateTime windowEnd = window.plus(cycle).isAfter(closes) ? closes : window.plus(cycle);
                add(schedule, window, windowEnd, from, to, into);
            }
        }
    }

    private void periodic(CheckSchedule schedule, ZonedDateTime from, ZonedDateTime to, List<Occurrence> into) {
        LocalDateTime anchor = schedule.taskStartTime();
        for (long k = firstIndex(schedule, from); into.size() < MAX_OCCURRENCES; k++) {
            LocalDateTime nominal = nth(schedule, anchor, k);
            if (!nominal.atZone(calendar.zone()).isBefore(to.plusDays(MAX_SHIFT_DAYS))) {
                return;
            }
            LocalDateTime nextNominal = nth(schedule, anchor, k + 1);
            LocalDateTime opens = nominal;
            if (schedule.checkCycleUnit() == CheckCycleUnit.DAY) {
                if (!schedule.workDayType().allows(calendar.kindOf(opens.toLocalDate()))) {
                    continue;
                }
            } else {
                opens = firstAllowed(schedule, nominal, nextNominal);
                if (opens == null) {
                    continue;
                }
            }
            add(schedule, opens.atZone(calendar.zone()), nextNominal.atZone(calendar.zone()), from, to, into);
        }
    }

    /** The index of the first nominal occurrence that can open at or after {@code from} (a little before, to be safe). */
    private static long firstIndex(CheckSchedule schedule, ZonedDateTime from) {
        LocalDateTime anchor = schedule.taskStartTime();
        if (!from.toLocalDateTime().isAfter(anchor)) {
            return 0;
        }
        long elapsed = switch (schedule.checkCycleUnit()) {
            case DAY -> java.time.temporal.ChronoUnit.DAYS.between(anchor, from.toLocalDateTime());
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(anchor, from.toLocalDateTime());
            case YEAR -> java.time.temporal.ChronoUnit.YEARS.between(anchor, from.toLocalDateTime());
            case HOUR -> 0;
        };
        return Math.max(0, elapsed / schedule.checkCycle() - 2);
    }

    private static LocalDateTime nth(CheckSchedule schedule, LocalDateTime anchor, long k) {
        long amount = k * schedule.checkCycle();
        return switch (schedule.checkCycleUnit()) {
            case DAY -> anchor.plusDays(amount);
            case MONTH -> anchor.plusMonths(amount);
            case YEAR -> anchor.plusYears(amount);
            case HOUR -> anchor.plusHours(amount);
        };
    }

    private LocalDateTime firstAllowed(CheckSchedule schedule, LocalDateTime nominal, LocalDateTime next) {
        LocalDateTime candidate = nominal;
        for (int shift = 0; shift <= MAX_SHIFT_DAYS && candidate.isBefore(next); shift++) {
            if (schedule.workDayType().allows(calendar.kindOf(candidate.toLocalDate()))) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        return null;
    }

    private static void add(CheckSchedule schedule, ZonedDateTime opens, ZonedDateTime closes, ZonedDateTime from,
            ZonedDateTime to, List<Occurrence> into) {
        if (!opens.isBefore(from) && opens.isBefore(to)
                && !opens.toLocalDateTime().isBefore(schedule.taskStartTime())) {
            into.add(new Occurrence(opens, closes));
        }
    }
}
