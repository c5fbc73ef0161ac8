package org.chemsafe.dualprevention.internal;

import java.util.List;

/** The risk assessment methods (section 5 of the domain notes), each the product of its factors. */
enum AssessmentMethod {
    /** 作业条件危险性评价法: D = L × E × C (likelihood, exposure, consequence). */
    LEC(List.of("L", "E", "C")),
    /** 风险矩阵: R = L × S (likelihood, severity), each 1 to 5. */
    LS(List.of("L", "S")),
    /** R = M × E × S (state of the control measures, exposure, severity). */
    MES(List.of("M", "E", "S"));

    private final List<String> factors;

    AssessmentMethod(List<String> factors) {
        this.factors = factors;
    }

    /** The factors multiplied, in the order the method's formula names them. */
    List<String> factors() {
        return factors;
    }
}
