package org.chemsafe.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Instant;

import org.chemsafe.shared.ReferenceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkCalendarTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkCalendar shipped = WorkCalendar.of(SHANGHAI,
            ReferenceCsv.fromClasspath(WorkCalendarConfiguration.SHIPPED, WorkCalendar.HEADER));

    @Test
    void theSpringFestivalOf2026AsTheStateCouncilArrangedIt() {
        // 国务院办公厅关于2026年部分节假日安排的通知: 2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班
        assertThat(shipped.kindOf(LocalDate.parse("2026-02-13"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(LocalDate.parse("2026-02-14"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(LocalDate.parse("2026-02-15").datesUntil(LocalDate.parse("2026-02-24")))
                .allSatisfy(day -> assertThat(shipped.kindOf(day)).isEqualTo(DayKind.HOLIDAY));
        assertThat(shipped.nameOf(LocalDate.parse("2026-02-21"))).isEqualTo("春节");
        assertThat(shipped.kindOf(LocalDate.parse("2026-02-24"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(LocalDate.parse("2026-02-28"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(LocalDate.parse("2026-03-01"))).isEqualTo(DayKind.REST_DAY);
        assertThat(shipped.nameOf(LocalDate.parse("2026-03-01"))).isNull();
    }

    @Test
    void eachShippedYearHasItsHolidayDaysAndMovedWorkingDays() {
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 holiday days, 5 moved working days; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 and 6
        assertThat(count(2025, DayKind.HOLIDAY)).isEqualTo(28);
        assertThat(count(2026, DayKind.HOLIDAY)).isEqualTo(33);
        assertThat(weekendWorkingDays(2025)).isEqualTo(5);
        assertThat(weekendWorkingDays(2026)).isEqualTo(6);
        assertThat(shipped.covers(2025)).isTrue();
        assertThat(shipped.covers(2026)).isTrue();
    }

    @Test
    void aYearWithoutItsArrangementFollowsTheWeek() {
        assertThat(shipped.covers(2027)).isFalse();
        assertThat(shipped.kindOf(LocalDate.parse("2027-01-01"))).isEqualTo(DayKind.WORKING_DAY); // a Friday
        assertThat(shipped.kindOf(LocalDate.parse("2027-01-02"))).isEqualTo(DayKind.REST_DAY);
    }

    @Test
    void brokenDataStopsTheStart() {
        assertThatThrownBy(() -> calendar("2026-03-02,WORKDAY,调休")).hasMessageContaining("line 2")
                .hasMessageContaining("is a weekday");
        assertThatThrownBy(() -> calendar("2026-03-02,HOLIDAY,x\n2026-03-02,HOLIDAY,x"))
                .hasMessageContaining("line 3").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> calendar("2026-03-02,VACATION,x")).hasMessageContaining("kind HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> calendar("2026-02-30,HOLIDAY,x")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> calendar("2026-03-02,HOLIDAY,")).hasMessageContaining("name is empty");
    }

    @Test
    void anOperatorAddsTheNextYearInAFileAndCannotListAShippedDayAgain(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("2027.csv");
        Files.writeString(extra, "date,kind,name\n2027-01-01,HOLIDAY,元旦\n");
        Clock inJanuary2027 = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        WorkCalendar calendar = new WorkCalendarConfiguration().workCalendar(SHANGHAI, extra, inJanuary2027);
        assertThat(calendar.kindOf(LocalDate.parse("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.zone()).isEqualTo(SHANGHAI);

        Files.writeString(extra, "date,kind,name\n2026-10-01,HOLIDAY,国庆节\n");
        assertThatThrownBy(() -> new WorkCalendarConfiguration().workCalendar(SHANGHAI, extra, inJanuary2027))
                .hasMessageContaining("2026-10-01 is listed twice");
    }

    private long count(int year, DayKind kind) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> shipped.kindOf(day) == kind).count();
    }

    private long weekendWorkingDays(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> day.getDayOfWeek().getValue() >= 6 && shipped.isWorkingDay(day)).count();
    }

    private static WorkCalendar calendar(String lines) {
        return WorkCalendar.of(SHANGHAI, ReferenceCsv.parse("test.csv", "date,kind,name\n" + lines, WorkCalendar.HEADER));
    }
}
