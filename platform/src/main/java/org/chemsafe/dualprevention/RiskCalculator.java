package org.chemsafe.dualprevention;

import java.util.List;

/**
 * Calculates risk levels by LEC, LS and MES with the scoring tables as data. Stateless and pure: the same factors and
 * bands always give the same result.
 */
public interface RiskCalculator {

    /** The platform's default bands of a method (domain file §5, choices documented in the data file). */
    RiskBands defaultBands(RiskMethod method);

    /** Every method's factor tables and default bands, for forms that offer the table values. */
    List<RiskMethodTables> tables();

    /**
     * Grades the request's factors with the given bands.
     *
     * @throws RiskFactorsRejected when a factor of the method is missing or not one of its table values, or a factor
     *                             the method does not use is given
     */
    RiskCalculationResult calculate(RiskCalculationRequest request, RiskBands bands);
}
