package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /api/v1/risk-assessments/calculate}.
 *
 * @param score        D for LEC, R for LS and MES
 * @param controlLevel where the control of a risk of this level starts
 * @param band         the band the score fell in
 * @param factors      the factors with their tables' labels
 */
record RiskCalculationView(AssessmentMethod method, BigDecimal score, RiskLevel level, RiskColour colour,
        ControlLevel controlLevel, Band band, List<Factor> factors) {

    static RiskCalculationView of(RiskAssessment assessment) {
        RiskBand band = assessment.band();
        return new RiskCalculationView(assessment.method(), assessment.score(), assessment.level(),
                assessment.level().colour(), assessment.level().controlLevel(),
                new Band(band.min(), band.minInclusive(), band.max(), band.maxInclusive()),
                assessment.factors().stream().map(f -> new Factor(f.factor(), f.value(), f.label())).toList());
    }

    /**
     * The scores of the level: from {@code min} to {@code max} (null: no upper bound), each included or not.
     */
    record Band(BigDecimal min, boolean minInclusive, @Nullable BigDecimal max, boolean maxInclusive) {
    }

    /** A factor ({@code L}, {@code E}, {@code C}, {@code M}, {@code S}), its value and what it means. */
    record Factor(String factor, BigDecimal value, String label) {
    }
}
