package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a live card shows of a point now, the first that holds: no value yet; offline (nothing for the offline factor
 * × its expected period); its latest value outside the instrument range; at or beyond a limit (高高报 or 低低报 before
 * 高报 or 低报); normal. A card compares the latest value with the limits as they are, without the alarm centre's
 * deadband and delays: the alarm itself is the alarm centre's.
 */
enum PointState {
    NO_DATA, OFFLINE, OUT_OF_RANGE, HIGH_HIGH, LOW_LOW, HIGH, LOW, NORMAL;

    static PointState of(double value, boolean outOfRange, Limits limits) {
        if (outOfRange) {
            return OUT_OF_RANGE;
        }
        if (reached(limits.highHigh(), value, true)) {
            return HIGH_HIGH;
        }
        if (reached(limits.lowLow(), value, false)) {
            return LOW_LOW;
        }
        if (reached(limits.high(), value, true)) {
            return HIGH;
        }
        return reached(limits.low(), value, false) ? LOW : NORMAL;
    }

    /** Whether the state is at or beyond a limit. */
    boolean isLimit() {
        return this == HIGH_HIGH || this == LOW_LOW || this == HIGH || this == LOW;
    }

    private static boolean reached(@Nullable BigDecimal limit, double value, boolean high) {
        return limit != null && (high ? value >= limit.doubleValue() : value <= limit.doubleValue());
    }
}
