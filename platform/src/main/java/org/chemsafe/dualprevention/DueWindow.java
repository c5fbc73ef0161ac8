package org.chemsafe.dualprevention;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One occurrence of an inspection task: it is due from {@code start} (included) to {@code end} (excluded).
 *
 * @param workDay the day the occurrence belongs to: its start's date, or for a night shift past midnight the day the
 *                shift began; the work-day type allows this day
 */
public record DueWindow(LocalDate workDay, ZonedDateTime start, ZonedDateTime end) {

    public DueWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a due window ends after it starts: " + start + " – " + end);
        }
    }
}
