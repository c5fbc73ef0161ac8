package org.chemsafe.majorhazard;

/**
 * Identifies and grades one unit (a production unit between cut-off valves, a tank farm within one bund, or one
 * store building) under GB 18218-2018. Stateless and pure: the same request always gives the same result.
 */
public interface MajorHazardCalculator {

    /**
     * Assesses the unit's design maximum inventory (4.2.2). The request must satisfy its Bean Validation
     * constraints; a substance that cannot be placed in Table 1 or Table 2 (unknown without hazard categories, a CAS
     * number or alias shared by several Table 1 rows, a CAS number and a name of different rows) is refused with a
     * {@code rule-violation} {@link org.chemsafe.shared.ProblemException} naming the substance.
     */
    AssessmentResult assess(AssessmentRequest request);
}
