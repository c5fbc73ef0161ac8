package org.chemsafe.monitoring.internal;

import org.jspecify.annotations.Nullable;

/**
 * One side of a point's limits with its deadband: the high side (高报 inner, 高高报 outer) or the low side (低报
 * inner, 低低报 outer). A limit is reached at its value (a high one from below, a low one from above) and, once
 * reached, holds until the value passes it by more than the deadband: a high alarm returns only below
 * {@code high − deadband}, a low one only above {@code low + deadband}. Levels: 0 normal, 1 inner, 2 outer.
 */
record LimitBand(Side side, @Nullable Double inner, @Nullable Double outer, double deadband) {

    enum Side {
        HIGH, LOW
    }

    /** Whether the band has a limit at all. */
    boolean isEmpty() {
        return inner == null && outer == null;
    }

    /**
     * The level the value is at, given the level held so far: the highest level whose limit the value reaches, or
     * whose limit it stays within the deadband of when that level is held already.
     */
    int level(double value, int held) {
        for (int level = 2; level >= 1; level--) {
            Double limit = level == 2 ? outer : inner;
            if (limit != null && (reaches(value, limit) || (level <= held && withinDeadband(value, limit)))) {
                return level;
            }
        }
        return 0;
    }

    /** Whether the value reaches the limit: at or above a high limit, at or below a low one. */
    boolean reaches(double value, double limit) {
        return side == Side.HIGH ? value >= limit : value <= limit;
    }

    private boolean withinDeadband(double value, double limit) {
        return side == Side.HIGH ? value >= limit - deadband : value <= limit + deadband;
    }

    /** The band's limit of a level (1 inner, 2 outer). */
    @Nullable Double limit(int level) {
        return level == 2 ? outer : inner;
    }
}
