package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Scores a risk event with LEC (D = L·E·C), LS (R = L·S) or MES (R = M·E·S) and grades it by a set of bands: the
 * documented defaults, or an enterprise's own criteria of the same shape. Pure: the same factors and bands give the
 * same level. Which band a score exactly on a threshold falls in is the bands' data: by default the more severe one,
 * except where the classic wording is strict (LEC "> 320", MES "> 180", "91–180", "51–90").
 */
@Component
class RiskCalculator {

    private final RiskTables tables;

    RiskCalculator(RiskTables tables) {
        this.tables = tables;
    }

    /** With the method's default bands; the factors are values of the method's tables (checked on the request). */
    RiskAssessment assess(AssessmentMethod method, Map<String, BigDecimal> factors) {
        return assess(method, factors, tables.defaultBands(method));
    }

    RiskAssessment assess(AssessmentMethod method, Map<String, BigDecimal> factors, RiskBands bands) {
        BigDecimal score = BigDecimal.ONE;
        List<RiskAssessment.FactorValue> values = new ArrayList<>();
        for (String factor : method.factors()) {
            BigDecimal value = factors.get(factor);
            String label = tables.label(method, factor, value)
                    .orElseThrow(() -> new IllegalArgumentException(method + " " + factor + " has no value " + value));
            values.add(new RiskAssessment.FactorValue(factor, value.stripTrailingZeros(), label));
            score = score.multiply(value);
        }
        score = score.stripTrailingZeros();
        return new RiskAssessment(method, values, score, bands.bandOf(score));
    }
}
