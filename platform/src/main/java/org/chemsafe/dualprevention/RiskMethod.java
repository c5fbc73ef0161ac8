package org.chemsafe.dualprevention;

import java.util.List;

/**
 * The risk assessment methods of domain file §5, each a product of its factors' table values: LEC (作业条件危险性评价法,
 * D = L·E·C, §5.1), the LS risk matrix (R = L·S, §5.2) and MES (R = M·E·S, §5.3).
 */
public enum RiskMethod {
    LEC("D", List.of(RiskFactor.L, RiskFactor.E, RiskFactor.C)),
    LS("R", List.of(RiskFactor.L, RiskFactor.S)),
    MES("R", List.of(RiskFactor.M, RiskFactor.E, RiskFactor.S));

    private final String scoreName;
    private final List<RiskFactor> factors;

    RiskMethod(String scoreName, List<RiskFactor> factors) {
        this.scoreName = scoreName;
        this.factors = factors;
    }

    /** What the method calls its score: D for LEC, R for LS and MES. */
    public String scoreName() {
        return scoreName;
    }

    /** The factors multiplied, in the order of the method's formula. */
    public List<RiskFactor> factors() {
        return factors;
    }
}
