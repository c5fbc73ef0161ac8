package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.dualprevention.internal.OccurrenceEngineTests.CALENDAR;
import static org.chemsafe.dualprevention.internal.OccurrenceEngineTests.ENGINE;
import static org.chemsafe.dualprevention.internal.OccurrenceEngineTests.ZONE;
import static org.chemsafe.support.PropertyRunner.forAll;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.InspectionCycle;
import org.chemsafe.dualprevention.WorkDayType;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * For any cycle and range in the calendar's years, the due windows are ordered, do not overlap, start inside
 * [from, to) and not before the task, belong to a day the work-day type allows (a night shift past midnight to the day
 * it began) and last at most one cycle; a day, month or year cycle on every day leaves no gap. Each is checked for
 * {@value org.chemsafe.support.PropertyRunner#DEFAULT_CASES} seeded cases.
 */
class OccurrencePropertyTests {

    private static final LocalDateTime FIRST = LocalDateTime.of(2025, 1, 1, 0, 0);
    private static final int MINUTES_IN_TWO_YEARS = 2 * 365 * 24 * 60;

    @Test
    void windowsAreOrderedDisjointInsideTheRangeAndOnAllowedDays() {
        forAll(random -> {
            InspectionCycle cycle = cycle(random);
            LocalDateTime from = minuteIn2025Or2026(random);
            LocalDateTime to = from.plusHours(random.intBetween(0, 24 * 90));
            Instant fromInstant = from.atZone(ZONE).toInstant();
            Instant toInstant = to.atZone(ZONE).toInstant();
            List<DueWindow> windows = ENGINE.windows(cycle, fromInstant, toInstant);

            DueWindow previous = null;
            for (DueWindow window : windows) {
                assertThat(window.start().toInstant()).isBetween(fromInstant, toInstant).isNotEqualTo(toInstant);
                assertThat(window.start().toLocalDateTime()).isAfterOrEqualTo(cycle.taskStartTime());
                assertThat(cycle.workDayType().allows(CALENDAR.kindOf(window.workDay())))
                        .as("%s on %s", cycle, window.workDay()).isTrue();
                boolean nightShift = cycle.unit() == CycleUnit.HOUR
                        && window.start().toLocalTime().isBefore(cycle.workStartTime());
                assertThat(window.workDay())
                        .isEqualTo(window.start().toLocalDate().minusDays(nightShift ? 1 : 0));
                assertThat(window.end()).isAfter(window.start())
                        .isBeforeOrEqualTo(oneCycleAfter(cycle, window.start()));
                if (previous != null) {
                    assertThat(window.start()).as("%s after %s", window, previous)
                            .isAfterOrEqualTo(previous.end());
                }
                previous = window;
            }
        });
    }

    @Test
    void aPeriodicCycleOnEveryDayLeavesNoGap() {
        forAll(random -> {
            InspectionCycle any = cycle(random);
            CycleUnit unit = random.oneOf(List.of(CycleUnit.DAY, CycleUnit.MONTH, CycleUnit.YEAR));
            InspectionCycle cycle = new InspectionCycle(random.intBetween(1, 3), unit, any.taskStartTime(), null, null,
                    WorkDayType.EVERY_DAY);
            LocalDateTime from = minuteIn2025Or2026(random);
            List<DueWindow> windows = ENGINE.windows(cycle, from.atZone(ZONE).toInstant(),
                    from.plusDays(random.intBetween(1, 800)).atZone(ZONE).toInstant());
            for (int i = 1; i < windows.size(); i++) {
                assertThat(windows.get(i).start()).isEqualTo(windows.get(i - 1).end());
            }
        });
    }

    private static ZonedDateTime oneCycleAfter(InspectionCycle cycle, ZonedDateTime start) {
        return switch (cycle.unit()) {
            case HOUR -> start.plusHours(cycle.checkCycle());
            // a period shifted past a clamped month end can be longer than the cycle counted from its own start
            case DAY -> start.plusDays(cycle.checkCycle());
            case MONTH -> start.plusMonths(cycle.checkCycle()).plusDays(3);
            case YEAR -> start.plusYears(cycle.checkCycle()).plusDays(1);
        };
    }

    private static InspectionCycle cycle(SeededRandom random) {
        CycleUnit unit = random.oneOf(List.of(CycleUnit.values()));
        int checkCycle = switch (unit) {
            case HOUR -> random.intBetween(1, 24);
            case DAY -> random.intBetween(1, 10);
            case MONTH -> random.intBetween(1, 6);
            case YEAR -> random.intBetween(1, 2);
        };
        LocalTime workStart = LocalTime.of(random.intBetween(0, 23), random.oneOf(List.of(0, 30)));
        LocalTime workEnd = LocalTime.of(random.intBetween(0, 23), random.oneOf(List.of(0, 30)));
        return new InspectionCycle(checkCycle, unit, minuteIn2025Or2026(random).minusDays(random.intBetween(0, 60)),
                workStart, workEnd, random.oneOf(List.of(WorkDayType.values())));
    }

    private static LocalDateTime minuteIn2025Or2026(SeededRandom random) {
        return FIRST.plusMinutes(random.intBetween(0, MINUTES_IN_TWO_YEARS - 1));
    }
}
