package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.InspectionCycle;
import org.chemsafe.dualprevention.WorkDayType;
import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/**
 * Due windows of each cycle unit and work-day type across the 2026 holidays of the shipped work calendar: 中秋节 and
 * 国庆节 (25–27 September and 1–7 October, make-up working days Sunday 20 September and Saturday 10 October) and 春节
 * (15–23 February, make-up working days Saturdays 14 and 28 February).
 */
class OccurrenceEngineTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WorkCalendar CALENDAR = WorkCalendar.of(ZONE,
            ReferenceCsv.fromClasspath("calendar/cn-work-calendar.csv", WorkCalendar.HEADER));
    static final OccurrenceEngine ENGINE = engineAt("2026-10-08T09:00");

    @Test
    void aDailyTaskOnEveryDayFallsDueEachDayFromItsStartTime() {
        List<DueWindow> windows = windows(daily(WorkDayType.EVERY_DAY), "2026-09-28T00:00", "2026-10-12T00:00");

        assertThat(windows).hasSize(14);
        assertThat(windows.get(0)).isEqualTo(window("2026-09-28T08:00", "2026-09-29T08:00"));
        assertThat(windows.get(13)).isEqualTo(window("2026-10-11T08:00", "2026-10-12T08:00"));
    }

    @Test
    void aDailyTaskOnWorkingDaysSkipsNationalDayAndWorksItsMakeUpSaturday() {
        assertThat(starts(windows(daily(WorkDayType.WORKING_DAYS), "2026-09-28T00:00", "2026-10-12T00:00")))
                .containsExactly("2026-09-28T08:00", "2026-09-29T08:00", "2026-09-30T08:00", "2026-10-08T08:00",
                        "2026-10-09T08:00", "2026-10-10T08:00");
    }

    @Test
    void aDailyTaskOnNonWorkingDaysRunsThroughNationalDayAndTheFollowingSunday() {
        assertThat(starts(windows(daily(WorkDayType.NON_WORKING_DAYS), "2026-09-28T00:00", "2026-10-12T00:00")))
                .containsExactly("2026-10-01T08:00", "2026-10-02T08:00", "2026-10-03T08:00", "2026-10-04T08:00",
                        "2026-10-05T08:00", "2026-10-06T08:00", "2026-10-07T08:00", "2026-10-11T08:00");
    }

    @Test
    void aDailyTaskOnWorkingDaysAcrossTheSpringFestival() {
        InspectionCycle cycle = new InspectionCycle(1, CycleUnit.DAY, at("2026-01-05T08:30"), null, null,
                WorkDayType.WORKING_DAYS);
        assertThat(starts(windows(cycle, "2026-02-12T00:00", "2026-03-02T00:00"))).containsExactly(
                "2026-02-12T08:30", "2026-02-13T08:30", "2026-02-14T08:30", "2026-02-24T08:30", "2026-02-25T08:30",
                "2026-02-26T08:30", "2026-02-27T08:30", "2026-02-28T08:30");
    }

    @Test
    void aCycleOfSeveralDaysCountsFromTheStartAndShiftsToTheFirstAllowedDay() {
        InspectionCycle everyThirdDay = new InspectionCycle(3, CycleUnit.DAY, at("2026-09-28T08:00"), null, null,
                WorkDayType.WORKING_DAYS);
        // periods from 28 Sep, 1, 4, 7 and 10 Oct: the two inside the holiday have no working day, the one from 7 Oct
        // (a holiday) falls due on 8 Oct until the next period starts
        List<DueWindow> windows = windows(everyThirdDay, "2026-09-28T00:00", "2026-10-12T00:00");
        assertThat(windows).containsExactly(window("2026-09-28T08:00", "2026-10-01T08:00"),
                window("2026-10-08T08:00", "2026-10-10T08:00"), window("2026-10-10T08:00", "2026-10-13T08:00"));
    }

    @Test
    void aMonthlyTaskFromTheThirtyFirstClampsEachMonthEndFromItsStart() {
        InspectionCycle cycle = new InspectionCycle(1, CycleUnit.MONTH, at("2026-01-31T09:00"), null, null,
                WorkDayType.EVERY_DAY);
        assertThat(windows(cycle, "2026-01-01T00:00", "2026-06-01T00:00")).containsExactly(
                window("2026-01-31T09:00", "2026-02-28T09:00"), window("2026-02-28T09:00", "2026-03-31T09:00"),
                window("2026-03-31T09:00", "2026-04-30T09:00"), window("2026-04-30T09:00", "2026-05-31T09:00"),
                window("2026-05-31T09:00", "2026-06-30T09:00"));
    }

    @Test
    void aMonthlyTaskOnWorkingDaysStartsOnTheMonthsFirstWorkingDay() {
        InspectionCycle cycle = new InspectionCycle(1, CycleUnit.MONTH, at("2026-01-01T08:00"), null, null,
                WorkDayType.WORKING_DAYS);
        // 1–3 January 元旦, Sunday 4 January a make-up working day; 1 February and 1 March are Sundays; 1–7 October 国庆
        assertThat(starts(windows(cycle, "2026-01-01T00:00", "2026-03-31T00:00")))
                .containsExactly("2026-01-04T08:00", "2026-02-02T08:00", "2026-03-02T08:00");
        assertThat(windows(cycle, "2026-10-01T00:00", "2026-10-31T00:00"))
                .containsExactly(window("2026-10-08T08:00", "2026-11-01T08:00"));
        InspectionCycle onHolidays = new InspectionCycle(1, CycleUnit.MONTH, at("2026-01-01T08:00"), null, null,
                WorkDayType.NON_WORKING_DAYS);
        assertThat(starts(windows(onHolidays, "2026-10-01T00:00", "2026-12-31T00:00")))
                .containsExactly("2026-10-01T08:00", "2026-11-01T08:00", "2026-12-05T08:00");
    }

    @Test
    void aYearlyTaskFromTheTwentyNinthOfFebruary() {
        InspectionCycle cycle = new InspectionCycle(1, CycleUnit.YEAR, at("2024-02-29T10:00"), null, null,
                WorkDayType.WORKING_DAYS);
        // 28 February 2026 is a Saturday made a working day for 春节
        assertThat(windows(cycle, "2024-01-01T00:00", "2027-01-01T00:00")).containsExactly(
                window("2024-02-29T10:00", "2025-02-28T10:00"), window("2025-02-28T10:00", "2026-02-28T10:00"),
                window("2026-02-28T10:00", "2027-02-28T10:00"));
    }

    @Test
    void anHourlyTaskRunsInTheWorkWindowOfWorkingDaysOnly() {
        InspectionCycle cycle = new InspectionCycle(2, CycleUnit.HOUR, at("2026-09-01T00:00"), LocalTime.of(8, 0),
                LocalTime.of(17, 0), WorkDayType.WORKING_DAYS);
        List<DueWindow> windows = windows(cycle, "2026-09-30T00:00", "2026-10-09T00:00");
        assertThat(windows).containsExactly(window("2026-09-30T08:00", "2026-09-30T10:00"),
                window("2026-09-30T10:00", "2026-09-30T12:00"), window("2026-09-30T12:00", "2026-09-30T14:00"),
                window("2026-09-30T14:00", "2026-09-30T16:00"), window("2026-09-30T16:00", "2026-09-30T17:00"),
                window("2026-10-08T08:00", "2026-10-08T10:00"), window("2026-10-08T10:00", "2026-10-08T12:00"),
                window("2026-10-08T12:00", "2026-10-08T14:00"), window("2026-10-08T14:00", "2026-10-08T16:00"),
                window("2026-10-08T16:00", "2026-10-08T17:00"));
    }

    @Test
    void anHourlyNightShiftBelongsToTheDayItStarts() {
        InspectionCycle night = new InspectionCycle(4, CycleUnit.HOUR, at("2026-09-01T00:00"), LocalTime.of(20, 0),
                LocalTime.of(8, 0), WorkDayType.NON_WORKING_DAYS);
        // 30 September is a working day, so its night has no rounds; 1 October is a holiday
        assertThat(windows(night, "2026-10-01T00:00", "2026-10-02T06:00")).containsExactly(
                window("2026-10-01T20:00", "2026-10-02T00:00"),
                window("2026-10-01", "2026-10-02T00:00", "2026-10-02T04:00"),
                window("2026-10-01", "2026-10-02T04:00", "2026-10-02T08:00"));
        InspectionCycle allDay = new InspectionCycle(24, CycleUnit.HOUR, at("2026-09-01T00:00"), LocalTime.of(8, 0),
                LocalTime.of(8, 0), WorkDayType.EVERY_DAY);
        assertThat(windows(allDay, "2026-10-01T00:00", "2026-10-02T00:00"))
                .containsExactly(window("2026-10-01T08:00", "2026-10-02T08:00"));
    }

    @Test
    void nothingFallsDueBeforeTheTaskStarts() {
        InspectionCycle cycle = new InspectionCycle(1, CycleUnit.DAY, at("2026-10-08T10:00"), null, null,
                WorkDayType.EVERY_DAY);
        assertThat(starts(windows(cycle, "2026-10-01T00:00", "2026-10-10T00:00")))
                .containsExactly("2026-10-08T10:00", "2026-10-09T10:00");
        InspectionCycle hourly = new InspectionCycle(3, CycleUnit.HOUR, at("2026-10-08T10:00"), LocalTime.of(8, 0),
                LocalTime.of(18, 0), WorkDayType.EVERY_DAY);
        assertThat(starts(windows(hourly, "2026-10-01T00:00", "2026-10-09T00:00")))
                .containsExactly("2026-10-08T11:00", "2026-10-08T14:00", "2026-10-08T17:00");
    }

    @Test
    void upcomingOccurrencesIncludeTheOneOpenNowUnderTheClock() {
        InspectionCycle monthly = new InspectionCycle(1, CycleUnit.MONTH, at("2026-01-01T08:00"), null, null,
                WorkDayType.WORKING_DAYS);
        // now is 8 October 2026 09:00: October's occurrence opened at 08:00; 1 November is a Sunday
        assertThat(ENGINE.upcoming(monthly, Duration.ofDays(30))).containsExactly(
                window("2026-10-08T08:00", "2026-11-01T08:00"), window("2026-11-02T08:00", "2026-12-01T08:00"));
        assertThat(engineAt("2026-11-01T08:30").upcoming(monthly, Duration.ofHours(1))).isEmpty();
        assertThat(engineAt("2026-11-01T08:30").upcoming(monthly, Duration.ofDays(1)))
                .containsExactly(window("2026-11-02T08:00", "2026-12-01T08:00"));
    }

    @Test
    void aCycleNeedsAPositiveCountAndAnHourlyOneItsWorkWindow() {
        assertThatThrownBy(() -> new InspectionCycle(0, CycleUnit.DAY, at("2026-01-01T08:00"), null, null,
                WorkDayType.EVERY_DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkCycle");
        assertThatThrownBy(() -> new InspectionCycle(1, CycleUnit.HOUR, at("2026-01-01T08:00"), LocalTime.NOON, null,
                WorkDayType.EVERY_DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workEndTime");
    }

    static OccurrenceEngine engineAt(String now) {
        return new OccurrenceEngine(CALENDAR, Clock.fixed(at(now).atZone(ZONE).toInstant(), ZONE));
    }

    static LocalDateTime at(String local) {
        return LocalDateTime.parse(local);
    }

    static Instant instant(String local) {
        return at(local).atZone(ZONE).toInstant();
    }

    private static InspectionCycle daily(WorkDayType type) {
        return new InspectionCycle(1, CycleUnit.DAY, at("2026-09-01T08:00"), null, null, type);
    }

    private static List<DueWindow> windows(InspectionCycle cycle, String from, String to) {
        return ENGINE.windows(cycle, instant(from), instant(to));
    }

    private static DueWindow window(String start, String end) {
        return window(at(start).toLocalDate().toString(), start, end);
    }

    private static DueWindow window(String workDay, String start, String end) {
        return new DueWindow(LocalDate.parse(workDay), at(start).atZone(ZONE), at(end).atZone(ZONE));
    }

    private static List<String> starts(List<DueWindow> windows) {
        return windows.stream().map(window -> window.start().toLocalDateTime().toString()).toList();
    }
}
