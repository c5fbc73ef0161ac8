package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An enterprise's real-time overview: its enabled points as cards, grouped by the object they are installed on (a
 * tank, a unit; points on none last), with the counts of the states.
 */
record OverviewView(UUID enterpriseId, String enterpriseName, Instant at, Counts counts, List<Group> groups) {

    /** Points in all, online, at or beyond a limit, offline, and without any value yet. */
    record Counts(int total, int online, int atLimit, int offline, int noData) {
    }

    /** The cards of one object: its kind and id (none for unlinked points), a label such as "TF-01/V-101 液氯罐区". */
    record Group(@Nullable LinkedObjectKind kind, @Nullable UUID objectId, String label, List<Card> cards) {
    }

    /** One point's card: what it is, its range and limits, its place on the site plan and its live value. */
    record Card(UUID pointId, String tag, String name, IndicatorType indicatorType, @Nullable String unit,
            @Nullable BigDecimal rangeLow, @Nullable BigDecimal rangeHigh, Limits limits,
            @Nullable PlanPosition position, LiveValue live) {
    }
}
