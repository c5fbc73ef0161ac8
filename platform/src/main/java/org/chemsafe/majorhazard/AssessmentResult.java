package org.chemsafe.majorhazard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The GB 18218-2018 identification and grading of one unit. Every decision (S ≥ 1, the level) is taken on exact
 * values; the decimals shown are truncated (rounded toward zero) to 4 places, so a shown value reaches a threshold
 * (1, 10, 50, 100) exactly when the exact value does.
 *
 * @param sumRatio    S = Σ q/Q (4.2.1)
 * @param majorHazard whether S ≥ 1, i.e. the unit is a major hazard source
 * @param alpha       the exposed-people correction α (Table 5); the calculator always gives it, but a unit's stored
 *                    assessment has none while its exposed people are not recorded (and then no R and no level)
 * @param r           R = α·Σ β·q/Q (4.3.2); null when β is missing for a substance (see {@code missingBeta})
 * @param level       the level (Table 6) of a major hazard source; null when it is not one, or when R is null
 * @param items       the substances in request order with their Q, β and ratios
 * @param missingBeta the Table 1 substances whose β cannot be determined: Table 3 does not name them and no hazard
 *                    category was given for Table 4. Empty when R could be computed.
 */
public record AssessmentResult(BigDecimal sumRatio, boolean majorHazard, @Nullable BigDecimal alpha, @Nullable BigDecimal r,
        @Nullable MajorHazardLevel level, List<AssessedSubstance> items, List<MissingBeta> missingBeta) {
}
