package org.chemsafe.monitoring.internal;

import java.time.Instant;

/** A band's reported level changed: raised or escalated to level 1 or 2, or returned to normal (level 0). */
record LimitChange(LimitBand.Side side, int level, Instant at) {

    boolean isReturn() {
        return level == 0;
    }
}
