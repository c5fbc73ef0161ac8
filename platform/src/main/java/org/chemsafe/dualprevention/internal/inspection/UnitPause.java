package org.chemsafe.dualprevention.internal.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A time a production unit was stopped (停用) or under overhaul (检修): from the change that stopped it to the next
 * change that started it again, open while it is still stopped.
 *
 * @param until the restart, null while the unit is still stopped
 */
record UnitPause(Instant from, @Nullable Instant until) {

    /** One of the unit's status changes: its sequence orders them, whatever order they arrived in. */
    record Change(long sequence, boolean stopped, Instant at) {
    }

    /** Whether the unit was stopped at some time of [start, end). */
    boolean meets(Instant start, Instant end) {
        return from.isBefore(end) && (until == null || until.isAfter(start));
    }

    /** The pauses a unit's changes make: a stop opens one (a second stop, e.g. 停用 → 检修, continues it). */
    static List<UnitPause> of(List<Change> changes) {
        List<UnitPause> pauses = new ArrayList<>();
        Instant stoppedAt = null;
        for (Change change : changes.stream().sorted(Comparator.comparingLong(Change::sequence)).toList()) {
            if (change.stopped() && stoppedAt == null) {
                stoppedAt = change.at();
            } else if (!change.stopped() && stoppedAt != null) {
                pauses.add(new UnitPause(stoppedAt, change.at()));
                stoppedAt = null;
            }
        }
        if (stoppedAt != null) {
            pauses.add(new UnitPause(stoppedAt, null));
        }
        return pauses;
    }
}
