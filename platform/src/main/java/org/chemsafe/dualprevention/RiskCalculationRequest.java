package org.chemsafe.dualprevention;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * A risk assessment to calculate: the method and the values of its factors, each one of the method's table values
 * (LEC {@code l}, {@code e}, {@code c}; LS {@code l}, {@code s}; MES {@code m}, {@code e}, {@code s}).
 */
public record RiskCalculationRequest(@NotNull RiskMethod method, @Nullable BigDecimal l, @Nullable BigDecimal e,
        @Nullable BigDecimal c, @Nullable BigDecimal s, @Nullable BigDecimal m) {

    /** The factors given, whether or not the method uses them. */
    public Map<RiskFactor, BigDecimal> givenFactors() {
        Map<RiskFactor, BigDecimal> given = new EnumMap<>(RiskFactor.class);
        put(given, RiskFactor.L, l);
        put(given, RiskFactor.E, e);
        put(given, RiskFactor.C, c);
        put(given, RiskFactor.S, s);
        put(given, RiskFactor.M, m);
        return given;
    }

    private static void put(Map<RiskFactor, BigDecimal> given, RiskFactor factor, @Nullable BigDecimal value) {
        if (value != null) {
            given.put(factor, value);
        }
    }
}
