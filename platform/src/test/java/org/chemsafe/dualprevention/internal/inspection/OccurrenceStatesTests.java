package org.chemsafe.dualprevention.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.InspectionCycle;
import org.chemsafe.dualprevention.WorkDayType;
import org.chemsafe.dualprevention.internal.OccurrenceEngine;
import org.chemsafe.shared.ReferenceCsv;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/**
 * Occurrence states under a controlled clock: a window closed without a record is missed (未排查, national
 * checkStatus 2) from the instant it ends, not a second before; one with a record is done whenever it was done; an
 * open one is due, a later one upcoming. The windows come from the engine with the shipped work calendar, across
 * 国庆节 2026 for a working-day task.
 */
class OccurrenceStatesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final WorkCalendar CALENDAR = WorkCalendar.of(ZONE,
            ReferenceCsv.fromClasspath("calendar/cn-work-calendar.csv", WorkCalendar.HEADER));
    static final InspectionCycle DAILY = new InspectionCycle(1, CycleUnit.DAY, LocalDateTime.parse("2026-10-05T08:00"),
            null, null, WorkDayType.EVERY_DAY);
    static final UUID RECORD = UUID.fromString("5d0b8a52-2c1f-4a9e-bb1e-3f6a2d7c9e01");

    @Test
    void eachWindowIsMissedDoneDueOrUpcomingAtTheMomentAsked() {
        List<DueWindow> windows = engine("2026-10-08T09:00").windows(DAILY, instant("2026-10-05T00:00"),
                instant("2026-10-10T00:00"));
        List<OccurrenceView> states = OccurrenceStates.judge(windows,
                List.of(new RecordedCheck(RECORD, instant("2026-10-06T08:00"), CheckStatus.DANGER_FOUND)),
                instant("2026-10-08T09:00"), List.of());

        assertThat(states).extracting(OccurrenceView::state).containsExactly(OccurrenceState.MISSED,
                OccurrenceState.DONE, OccurrenceState.MISSED, OccurrenceState.DUE, OccurrenceState.UPCOMING);
        assertThat(states.get(0).checkStatus()).isEqualTo(2);
        assertThat(states.get(1).recordId()).isEqualTo(RECORD);
        assertThat(states.get(1).checkStatus()).isEqualTo(1);
        assertThat(states.get(3).recordId()).isNull();
        assertThat(states.get(3).checkStatus()).isNull();
    }

    @Test
    void aWindowIsMissedFromTheInstantItEnds() {
        List<DueWindow> oneDay = engine("2026-10-08T09:00").windows(DAILY, instant("2026-10-08T00:00"),
                instant("2026-10-09T00:00"));
        // the window of 8 October runs 08:00 to 08:00 the next day
        assertThat(state(oneDay, "2026-10-09T07:59:59")).isEqualTo(OccurrenceState.DUE);
        assertThat(state(oneDay, "2026-10-09T08:00")).isEqualTo(OccurrenceState.MISSED);
        assertThat(state(oneDay, "2026-10-08T07:59:59")).isEqualTo(OccurrenceState.UPCOMING);
        assertThat(state(oneDay, "2026-10-08T08:00")).isEqualTo(OccurrenceState.DUE);
    }

    @Test
    void aWorkingDayTaskMissesNothingOverNationalDay() {
        InspectionCycle workingDays = new InspectionCycle(1, CycleUnit.DAY, LocalDateTime.parse("2026-09-28T08:00"),
                null, null, WorkDayType.WORKING_DAYS);
        OccurrenceEngine engine = engine("2026-10-08T12:00");
        List<DueWindow> windows = engine.windows(workingDays, instant("2026-09-28T00:00"), instant("2026-10-09T00:00"));
        List<OccurrenceView> states = OccurrenceStates.judge(windows, List.of(), instant("2026-10-08T12:00"),
                List.of());

        // 28, 29 and 30 September were missed (each runs until the next period starts), then nothing is due until
        // 8 October: the holiday has no occurrence to miss
        assertThat(states).extracting(state -> state.start().toLocalDate().toString() + " " + state.state())
                .containsExactly("2026-09-28 MISSED", "2026-09-29 MISSED", "2026-09-30 MISSED", "2026-10-08 DUE");
    }

    @Test
    void anHourlyRoundIsJudgedWindowByWindowAndTheDayOverlapFindsTheOpenOne() {
        InspectionCycle hourly = new InspectionCycle(2, CycleUnit.HOUR, LocalDateTime.parse("2026-12-01T00:00"),
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(16, 0), WorkDayType.EVERY_DAY);
        OccurrenceEngine engine = engine("2026-12-03T11:30");
        List<DueWindow> today = engine.overlapping(hourly, instant("2026-12-03T00:00"), instant("2026-12-04T00:00"));
        List<OccurrenceView> states = OccurrenceStates.judge(today,
                List.of(new RecordedCheck(RECORD, instant("2026-12-03T08:00"), CheckStatus.NORMAL)),
                instant("2026-12-03T11:30"), List.of());

        assertThat(states).extracting(OccurrenceView::state).containsExactly(OccurrenceState.DONE,
                OccurrenceState.DUE, OccurrenceState.UPCOMING, OccurrenceState.UPCOMING);
        // the engine's upcoming list starts at the open window
        assertThat(engine.upcoming(hourly, Duration.ofHours(3))).extracting(window -> window.start().toLocalTime()
                .toString()).containsExactly("10:00", "12:00", "14:00");
    }

    @Test
    void aWindowMetByAStopOfItsUnitIsPausedUnlessItWasChecked() {
        // the unit stopped for overhaul (检修) on 6 October at 14:00 and ran again on 8 October at 10:00
        List<UnitPause> overhaul = UnitPause.of(List.of(
                new UnitPause.Change(12, false, instant("2026-10-08T10:00")),
                new UnitPause.Change(11, true, instant("2026-10-06T14:00"))));
        assertThat(overhaul).containsExactly(new UnitPause(instant("2026-10-06T14:00"), instant("2026-10-08T10:00")));
        List<DueWindow> windows = engine("2026-10-09T09:00").windows(DAILY, instant("2026-10-05T00:00"),
                instant("2026-10-10T00:00"));
        List<OccurrenceView> states = OccurrenceStates.judge(windows,
                List.of(new RecordedCheck(RECORD, instant("2026-10-06T08:00"), CheckStatus.NORMAL)),
                instant("2026-10-09T09:00"), overhaul);

        // 5 Oct (08:00 to 6 Oct 08:00) ran throughout: missed; 6 Oct was checked before the stop: done; 7 Oct lies
        // in the overhaul and 8 Oct (08:00 to 9 Oct 08:00) meets its last two hours: paused; 9 Oct is due
        assertThat(states).extracting(OccurrenceView::state).containsExactly(OccurrenceState.MISSED,
                OccurrenceState.DONE, OccurrenceState.PAUSED, OccurrenceState.PAUSED, OccurrenceState.DUE);
        assertThat(states.get(2).checkStatus()).isNull();
    }

    @Test
    void aUnitStillStoppedPausesEveryLaterWindowAndAStopEndingAsAWindowOpensDoesNot() {
        List<DueWindow> oneDay = engine("2026-10-08T09:00").windows(DAILY, instant("2026-10-08T00:00"),
                instant("2026-10-09T00:00"));
        // stopped (停用), then put into overhaul (检修): one pause, still open
        List<UnitPause> stopped = UnitPause.of(List.of(new UnitPause.Change(1, true, instant("2026-10-01T00:00")),
                new UnitPause.Change(2, true, instant("2026-10-03T00:00"))));
        assertThat(stopped).containsExactly(new UnitPause(instant("2026-10-01T00:00"), null));
        assertThat(OccurrenceStates.judge(oneDay, List.of(), instant("2026-10-08T09:00"), stopped).get(0).state())
                .isEqualTo(OccurrenceState.PAUSED);
        // restarted at 08:00 sharp, when the window of 8 October opened: it meets no stop
        List<UnitPause> restarted = UnitPause.of(List.of(new UnitPause.Change(1, true, instant("2026-10-01T00:00")),
                new UnitPause.Change(2, false, instant("2026-10-08T08:00"))));
        assertThat(OccurrenceStates.judge(oneDay, List.of(), instant("2026-10-09T08:00"), restarted).get(0).state())
                .isEqualTo(OccurrenceState.MISSED);
        // a stop that begins as the window closes does not meet it either
        List<UnitPause> later = List.of(new UnitPause(instant("2026-10-09T08:00"), null));
        assertThat(OccurrenceStates.judge(oneDay, List.of(), instant("2026-10-09T09:00"), later).get(0).state())
                .isEqualTo(OccurrenceState.MISSED);
    }

    private static OccurrenceState state(List<DueWindow> windows, String now) {
        return OccurrenceStates.judge(windows, List.of(), instant(now), List.of()).get(0).state();
    }

    private static OccurrenceEngine engine(String now) {
        return new OccurrenceEngine(CALENDAR, Clock.fixed(instant(now), ZONE));
    }

    private static Instant instant(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }
}
