package org.chemsafe.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * The live board of a site for a day: the permits of the site's enterprise that run that day (their planned period
 * overlaps it) or are still live, those placed on the site's plan with their position in the site's metres, the
 * others listed apart.
 */
record PermitBoardView(UUID siteId, LocalDate day, List<Entry> placed, List<Entry> unplaced) {

    /** One permit on the board. */
    record Entry(UUID id, String number, WorkType type, @Nullable WorkGrade grade, PermitStatus status,
            String location, String guardian, Instant plannedStart, Instant plannedEnd, @Nullable Double x,
            @Nullable Double y) {
    }
}
