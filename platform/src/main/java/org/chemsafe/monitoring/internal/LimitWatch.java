package org.chemsafe.monitoring.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a limit band remembers of a point's samples: the level it has reported, since when the samples have kept
 * at or above the inner and the outer level (on-delay), since when they have kept below the reported level
 * (off-delay), and the last sample's time (an older sample arriving later is not evaluated).
 */
record LimitWatch(int reported, @Nullable Instant innerSince, @Nullable Instant outerSince,
        @Nullable Instant belowSince, @Nullable Instant lastTs) {

    static final LimitWatch NORMAL = new LimitWatch(0, null, null, null, null);
}
