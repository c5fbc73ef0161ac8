package org.chemsafe.majorhazard.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One row of GB 18218-2018 Table 5: α for a range of exposed people, bounds inclusive, no upper bound when null. */
record AlphaBand(int minPeople, @Nullable Integer maxPeople, BigDecimal alpha) {

    boolean covers(int people) {
        return people >= minPeople && (maxPeople == null || people <= maxPeople);
    }
}
