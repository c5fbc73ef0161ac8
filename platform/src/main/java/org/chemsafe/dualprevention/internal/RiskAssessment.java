package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One risk event assessed: the product of its factors, the band it falls in and that band's level.
 *
 * @param factors the factors in the method's order, each with its table's label
 */
record RiskAssessment(AssessmentMethod method, List<FactorValue> factors, BigDecimal score, RiskBand band) {

    RiskAssessment {
        factors = List.copyOf(factors);
    }

    RiskLevel level() {
        return band.level();
    }

    /** A factor's value and what it means in the method's table. */
    record FactorValue(String factor, BigDecimal value, String label) {
    }
}
