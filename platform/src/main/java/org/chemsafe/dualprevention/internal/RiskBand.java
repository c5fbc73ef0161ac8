package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The scores a level covers: from {@code min} (included or not) up to the next more severe band's minimum.
 *
 * @param max          the next band's minimum; null for the most severe band
 * @param maxInclusive whether {@code max} itself still belongs here (it does when the next band excludes it)
 */
record RiskBand(RiskLevel level, BigDecimal min, boolean minInclusive, @Nullable BigDecimal max,
        boolean maxInclusive) {

    boolean contains(BigDecimal score) {
        int fromMin = score.compareTo(min);
        if (fromMin < 0 || fromMin == 0 && !minInclusive) {
            return false;
        }
        if (max == null) {
            return true;
        }
        int toMax = score.compareTo(max);
        return toMax < 0 || toMax == 0 && maxInclusive;
    }
}
