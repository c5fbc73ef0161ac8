package org.chemsafe.monitoring.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What ingestion needs of a point: its id and instrument range (a value outside it is stored with a flag). */
record PointRef(UUID id, @Nullable Double rangeLow, @Nullable Double rangeHigh) {

    /** 0 for a value inside the range (or without one), {@link #OUT_OF_RANGE} outside. */
    short quality(double value) {
        boolean outside = (rangeLow != null && value < rangeLow) || (rangeHigh != null && value > rangeHigh);
        return outside ? OUT_OF_RANGE : GOOD;
    }

    static final short GOOD = 0;
    static final short OUT_OF_RANGE = 1;
}
