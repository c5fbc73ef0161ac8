package org.chemsafe.dualprevention.internal.inspection;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An occurrence of an inspection task (its due window, as the engine generates it) with its state at the moment
 * asked.
 *
 * @param recordId    the record of a {@link OccurrenceState#DONE} occurrence
 * @param checkStatus the national checkStatus: the record's (0, 1, 3), 2 未排查 for a missed occurrence, else null
 */
record OccurrenceView(LocalDate workDay, ZonedDateTime start, ZonedDateTime end, OccurrenceState state,
        @Nullable UUID recordId, @Nullable Integer checkStatus) {
}
