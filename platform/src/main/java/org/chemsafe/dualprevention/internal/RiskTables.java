package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chemsafe.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * The scoring tables of the assessment methods and their default level bands, as data
 * ({@code dualprevention/risk-factors.csv}, {@code risk-bands.csv}; section 5 of the domain notes). Read and checked
 * at start-up: a method without a factor's table or with bands that leave a gap stops the platform.
 */
@Component
class RiskTables {

    static final String FACTORS = "dualprevention/risk-factors.csv";
    static final String BANDS = "dualprevention/risk-bands.csv";

    private final Map<AssessmentMethod, Map<String, Map<BigDecimal, String>>> factors = new EnumMap<>(
            AssessmentMethod.class);
    private final Map<AssessmentMethod, RiskBands> bands = new EnumMap<>(AssessmentMethod.class);

    RiskTables() {
        for (ReferenceCsv.Row row : ReferenceCsv.fromClasspath(FACTORS, List.of("method", "factor", "value", "label"))
                .rows()) {
            AssessmentMethod method = method(row);
            String factor = row.text("factor");
            if (!method.factors().contains(factor)) {
                throw row.invalid(method + " has no factor " + factor);
            }
            String previous = factors.computeIfAbsent(method, m -> new LinkedHashMap<>())
                    .computeIfAbsent(factor, f -> new LinkedHashMap<>())
                    .put(row.positive("value").stripTrailingZeros(), row.text("label"));
            if (previous != null) {
                throw row.invalid(method + " " + factor + " lists " + row.text("value") + " twice");
            }
        }
        Map<AssessmentMethod, List<RiskBands.Minimum>> minimums = new EnumMap<>(AssessmentMethod.class);
        for (ReferenceCsv.Row row : ReferenceCsv.fromClasspath(BANDS, List.of("method", "level", "min", "minInclusive"))
                .rows()) {
            RiskLevel level;
            try {
                level = RiskLevel.valueOf(row.text("level"));
            } catch (IllegalArgumentException ex) {
                throw row.invalid("unknown level " + row.text("level"));
            }
            minimums.computeIfAbsent(method(row), m -> new ArrayList<>()).add(new RiskBands.Minimum(level,
                    new BigDecimal(row.text("min")), Boolean.parseBoolean(row.text("minInclusive"))));
        }
        for (AssessmentMethod method : AssessmentMethod.values()) {
            for (String factor : method.factors()) {
                if (factors.getOrDefault(method, Map.of()).get(factor) == null) {
                    throw new IllegalStateException(FACTORS + ": " + method + " has no table for " + factor);
                }
            }
            try {
                bands.put(method, RiskBands.fromMinimums(minimums.getOrDefault(method, List.of())));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(BANDS + ": " + method + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static AssessmentMethod method(ReferenceCsv.Row row) {
        try {
            return AssessmentMethod.valueOf(row.text("method"));
        } catch (IllegalArgumentException ex) {
            throw row.invalid("unknown method " + row.text("method"));
        }
    }

    /** The label of a factor's value in its table, if the table lists the value. */
    Optional<String> label(AssessmentMethod method, String factor, BigDecimal value) {
        return Optional.ofNullable(factors.get(method).get(factor).get(value.stripTrailingZeros()));
    }

    /** A factor's values, as the table lists them. */
    List<BigDecimal> values(AssessmentMethod method, String factor) {
        return List.copyOf(factors.get(method).get(factor).keySet());
    }

    /** The documented default bands of a method. */
    RiskBands defaultBands(AssessmentMethod method) {
        return bands.get(method);
    }
}
