package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.chemsafe.support.PropertyRunner;
import org.junit.jupiter.api.Test;

/**
 * Occurrences of inspection tasks for each cycle unit and work-day type, across the 2026 National Day holiday (1–7
 * October; Saturday 10 October and Sunday 20 September are make-up working days) and month ends.
 */
class OccurrenceGeneratorTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkCalendar CALENDAR = WorkCalendar.of(SHANGHAI,
            ReferenceCsv.fromClasspath("calendar/cn-work-calendar.csv", WorkCalendar.HEADER));
    private final OccurrenceGenerator generator = new OccurrenceGenerator(CALENDAR);

    @Test
    void hourlyWindowsFillTheDaysWorkWindow() {
        List<Occurrence> day = generator.between(hourly(2, "08:00", "18:00", WorkDayType.EVERY_DAY),
                at("2026-12-03T00:00"), at("2026-12-04T00:00"));
        assertThat(starts(day)).containsExactly("2026-12-03T08:00", "2026-12-03T10:00", "2026-12-03T12:00",
                "2026-12-03T14:00", "2026-12-03T16:00");
        assertThat(day.get(4).end()).isEqualTo(at("2026-12-03T18:00"));
    }

    @Test
    void theLastHourlyWindowEndsWhenTheWorkWindowCloses() {
        List<Occurrence> day = generator.between(hourly(2, "08:00", "17:00", WorkDayType.EVERY_DAY),
                at("2026-12-03T00:00"), at("2026-12-04T00:00"));
        assertThat(day).hasSize(5);
        assertThat(day.get(4).start()).isEqualTo(at("2026-12-03T16:00"));
        assertThat(day.get(4).end()).isEqualTo(at("2026-12-03T17:00"));
    }

    @Test
    void aNightShiftWindowRunsPastMidnight() {
        List<Occurrence> night = generator.between(hourly(4, "20:00", "06:00", WorkDayType.EVERY_DAY),
                at("2026-12-03T12:00"), at("2026-12-04T12:00"));
        assertThat(starts(night)).containsExactly("2026-12-03T20:00", "2026-12-04T00:00", "2026-12-04T04:00");
        assertThat(night.get(2).end()).isEqualTo(at("2026-12-04T06:00"));
    }

    @Test
    void hourlyTasksOnWorkingDaysSkipTheWeekend() {
        List<Occurrence> windows = generator.between(hourly(8, "08:00", "16:00", WorkDayType.WORKING_DAYS),
                at("2026-12-04T00:00"), at("2026-12-08T00:00"));
        assertThat(starts(windows)).containsExactly("2026-12-04T08:00", "2026-12-07T08:00");
    }

    @Test
    void dailyTasksAcrossNationalDayByWorkDayType() {
        CheckSchedule every = daily(1, "2026-09-28T08:00", WorkDayType.EVERY_DAY);
        assertThat(generator.between(every, at("2026-09-28T00:00"), at("2026-10-12T00:00"))).hasSize(14);

        List<Occurrence> working = generator.between(daily(1, "2026-09-28T08:00", WorkDayType.WORKING_DAYS),
                at("2026-09-28T00:00"), at("2026-10-12T00:00"));
        assertThat(starts(working)).containsExactly("2026-09-28T08:00", "2026-09-29T08:00", "2026-09-30T08:00",
                "2026-10-08T08:00", "2026-10-09T08:00", "2026-10-10T08:00");
        assertThat(working.get(0).end()).as("a window lasts one cycle").isEqualTo(at("2026-09-29T08:00"));

        List<Occurrence> nonWorking = generator.between(daily(1, "2026-09-28T08:00", WorkDayType.NON_WORKING_DAYS),
                at("2026-09-28T00:00"), at("2026-10-12T00:00"));
        assertThat(starts(nonWorking)).containsExactly("2026-10-01T08:00", "2026-10-02T08:00", "2026-10-03T08:00",
                "2026-10-04T08:00", "2026-10-05T08:00", "2026-10-06T08:00", "2026-10-07T08:00", "2026-10-11T08:00");
    }

    @Test
    void aWeeklyTaskOnWorkingDaysSkipsAnOccurrenceThatFallsOnAHoliday() {
        List<Occurrence> weekly = generator.between(daily(7, "2026-09-24T09:00", WorkDayType.WORKING_DAYS),
                at("2026-09-24T00:00"), at("2026-10-16T00:00"));
        // 24 September (Thu), 1 October (holiday: skipped), 8 and 15 October
        assertThat(starts(weekly)).containsExactly("2026-09-24T09:00", "2026-10-08T09:00", "2026-10-15T09:00");
    }

    @Test
    void monthlyTasksCountFromTheStartAtMonthEnds() {
        List<Occurrence> monthly = generator.between(periodic(1, CheckCycleUnit.MONTH, "2026-01-31T09:00",
                WorkDayType.EVERY_DAY), at("2026-01-01T00:00"), at("2026-05-01T00:00"));
        assertThat(starts(monthly)).containsExactly("2026-01-31T09:00", "2026-02-28T09:00", "2026-03-31T09:00",
                "2026-04-30T09:00");
        assertThat(monthly.get(1).end()).isEqualTo(at("2026-03-31T09:00"));
    }

    @Test
    void aMonthlyWindowOnAnExcludedDayOpensOnTheNextAllowedDay() {
        List<Occurrence> monthly = generator.between(periodic(1, CheckCycleUnit.MONTH, "2026-09-01T09:00",
                WorkDayType.WORKING_DAYS), at("2026-09-01T00:00"), at("2026-12-01T00:00"));
        // 1 October is a holiday: the October check opens on 8 October and is still due by 1 November
        assertThat(starts(monthly)).containsExactly("2026-09-01T09:00", "2026-10-08T09:00", "2026-11-02T09:00");
        assertThat(monthly.get(1).end()).isEqualTo(at("2026-11-01T09:00"));
    }

    @Test
    void yearlyTasksFromALeapDay() {
        List<Occurrence> yearly = generator.between(periodic(1, CheckCycleUnit.YEAR, "2024-02-29T10:00",
                WorkDayType.EVERY_DAY), at("2024-01-01T00:00"), at("2027-01-01T00:00"));
        assertThat(starts(yearly)).containsExactly("2024-02-29T10:00", "2025-02-28T10:00", "2026-02-28T10:00");
    }

    @Test
    void nothingBeforeTheTaskStarts() {
        assertThat(generator.between(daily(1, "2026-12-10T08:00", WorkDayType.EVERY_DAY), at("2026-12-01T00:00"),
                at("2026-12-12T00:00"))).hasSize(2);
        assertThat(generator.between(hourly(1, "08:00", "10:00", WorkDayType.EVERY_DAY), at("2026-11-01T00:00"),
                at("2026-11-05T00:00"))).as("the hourly task starts on 3 December").isEmpty();
    }

    @Test
    void windowsAreOrderedDisjointInsideThePeriodAndOnAllowedDays() {
        PropertyRunner.forAll(300, random -> {
            CheckCycleUnit unit = random.oneOf(List.of(CheckCycleUnit.values()));
            WorkDayType dayType = random.oneOf(List.of(WorkDayType.values()));
            LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(random.intBetween(0, 600 * 24 * 60));
            int cycle = unit == CheckCycleUnit.HOUR ? random.intBetween(1, 8) : random.intBetween(1, 12);
            LocalTime opens = LocalTime.of(random.intBetween(0, 23), 0);
            LocalTime closes = LocalTime.of(random.intBetween(0, 23), 30);
            CheckSchedule schedule = new CheckSchedule(cycle, unit, start, opens, closes, dayType);
            ZonedDateTime from = start.atZone(SHANGHAI).minusDays(random.intBetween(0, 40));
            ZonedDateTime to = from.plusDays(random.intBetween(1, unit == CheckCycleUnit.YEAR ? 2000 : 200));
            List<Occurrence> windows = generator.between(schedule, from, to);
            ZonedDateTime previousEnd = null;
            for (Occurrence window : windows) {
                assertThat(window.start()).as("%s %s", schedule, window).isBetween(from, to.minusNanos(1));
                assertThat(window.end()).isAfter(window.start());
                if (previousEnd != null) {
                    assertThat(window.start()).as("disjoint and ordered").isAfterOrEqualTo(previousEnd);
                }
                previousEnd = window.end();
                LocalDate day = unit == CheckCycleUnit.HOUR && closes.isBefore(opens)
                        && window.start().toLocalTime().isBefore(opens) ? window.start().toLocalDate().minusDays(1)
                                : window.start().toLocalDate();
                assertThat(dayType.allows(CALENDAR.kindOf(day))).as("%s on %s", dayType, day).isTrue();
            }
        });
    }

    private static CheckSchedule hourly(int hours, String opens, String closes, WorkDayType dayType) {
        return new CheckSchedule(hours, CheckCycleUnit.HOUR, LocalDateTime.parse("2026-12-03T00:00"),
                LocalTime.parse(opens), LocalTime.parse(closes), dayType);
    }

    private static CheckSchedule daily(int days, String start, WorkDayType dayType) {
        return periodic(days, CheckCycleUnit.DAY, start, dayType);
    }

    private static CheckSchedule periodic(int cycle, CheckCycleUnit unit, String start, WorkDayType dayType) {
        return new CheckSchedule(cycle, unit, LocalDateTime.parse(start), null, null, dayType);
    }

    private static ZonedDateTime at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(SHANGHAI);
    }

    private static List<String> starts(List<Occurrence> occurrences) {
        return occurrences.stream().map(occurrence -> occurrence.start().toLocalDateTime().toString()).toList();
    }
}
