package org.chemsafe.dualprevention;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One level's band of scores, given by its lower bound: a score above the bound, or equal to it when the bound is
 * inclusive, reaches the level unless a more severe band takes it. The least severe band has no bound.
 *
 * @param level          the level the band gives
 * @param lowerBound     the lowest score of the band, null for the least severe band (every lower score)
 * @param lowerInclusive whether a score equal to the bound belongs to the band (false without a bound)
 */
public record RiskBand(RiskLevel level, @Nullable BigDecimal lowerBound, boolean lowerInclusive) {

    public RiskBand {
        Objects.requireNonNull(level, "level");
        if (lowerBound == null && lowerInclusive) {
            throw new IllegalArgumentException("a band without a lower bound has no bound to include");
        }
    }

    /** Whether the score reaches this band's bound. */
    public boolean admits(BigDecimal score) {
        if (lowerBound == null) {
            return true;
        }
        int comparison = score.compareTo(lowerBound);
        return comparison > 0 || comparison == 0 && lowerInclusive;
    }
}
