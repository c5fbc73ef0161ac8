package org.chemsafe.dualprevention.internal.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chemsafe.dualprevention.DueWindow;

/**
 * Judges the occurrences of one task at a moment: one with a record is done; without one it is paused if its unit
 * was stopped at some time of its window, else missed (未排查) once its window has closed, due while it is open,
 * upcoming before. Pure: the moment is given (the injected clock's).
 */
final class OccurrenceStates {

    private OccurrenceStates() {
    }

    static List<OccurrenceView> judge(List<DueWindow> windows, List<RecordedCheck> records, Instant now,
            List<UnitPause> pauses) {
        Map<Instant, RecordedCheck> byStart = records.stream()
                .collect(Collectors.toMap(RecordedCheck::windowStart, Function.identity(), (first, second) -> first));
        return windows.stream().map(window -> {
            RecordedCheck record = byStart.get(window.start().toInstant());
            if (record != null) {
                return new OccurrenceView(window.workDay(), window.start(), window.end(), OccurrenceState.DONE,
                        record.id(), record.status().nationalCode());
            }
            Instant start = window.start().toInstant();
            Instant end = window.end().toInstant();
            OccurrenceState state = pauses.stream().anyMatch(pause -> pause.meets(start, end))
                    ? OccurrenceState.PAUSED
                    : !end.isAfter(now) ? OccurrenceState.MISSED
                    : start.isAfter(now) ? OccurrenceState.UPCOMING : OccurrenceState.DUE;
            return new OccurrenceView(window.workDay(), window.start(), window.end(), state, null,
                    state == OccurrenceState.MISSED ? CheckStatus.NOT_CHECKED : null);
        }).toList();
    }
}
