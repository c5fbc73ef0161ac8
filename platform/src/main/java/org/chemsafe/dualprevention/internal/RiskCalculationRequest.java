package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * One risk event's factors under one method: LEC takes {@code l}, {@code e}, {@code c}; LS {@code l}, {@code s}; MES
 * {@code m}, {@code e}, {@code s}. Each value must be one of its table's (see {@link RiskFactorsValidator}).
 */
@ValidRiskFactors
record RiskCalculationRequest(@NotNull AssessmentMethod method, @Nullable BigDecimal l, @Nullable BigDecimal e,
        @Nullable BigDecimal c, @Nullable BigDecimal m, @Nullable BigDecimal s) {

    /** Every factor given, by its upper-case name ({@code L}, {@code E}, ...), in field order. */
    Map<String, BigDecimal> given() {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        put(given, "L", l);
        put(given, "E", e);
        put(given, "C", c);
        put(given, "M", m);
        put(given, "S", s);
        return given;
    }

    private static void put(Map<String, BigDecimal> given, String factor, @Nullable BigDecimal value) {
        if (value != null) {
            given.put(factor, value);
        }
    }
}
