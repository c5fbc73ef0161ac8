package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.dualprevention.RiskBand;
import org.chemsafe.dualprevention.RiskBands;
import org.chemsafe.dualprevention.RiskFactor;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.dualprevention.RiskMethodTables;
import org.chemsafe.dualprevention.RiskMethodTables.RiskFactorTable;
import org.chemsafe.dualprevention.RiskMethodTables.RiskFactorValue;
import org.chemsafe.shared.ReferenceCsv;

/**
 * Reads the scoring tables ({@value #FACTORS}) and the default bands ({@value #BANDS}) and checks their shape: every
 * factor of every method has distinct positive values and no other factor appears; every method has one band per
 * level, most severe first, with falling bounds. Anything else is an {@link IllegalStateException}, so the platform
 * does not start on broken reference data.
 */
final class RiskScoringTablesLoader {

    static final String FACTORS = "dualprevention/risk-factors.csv";
    static final String BANDS = "dualprevention/risk-bands.csv";
    static final List<String> FACTORS_HEADER = List.of("method", "factor", "value", "meaning");
    static final List<String> BANDS_HEADER = List.of("method", "level", "lower_bound", "lower_inclusive");

    private RiskScoringTablesLoader() {
    }

    static Map<RiskMethod, RiskMethodTables> load() {
        return parse(ReferenceCsv.fromClasspath(FACTORS, FACTORS_HEADER), ReferenceCsv.fromClasspath(BANDS, BANDS_HEADER));
    }

    static Map<RiskMethod, RiskMethodTables> parse(ReferenceCsv factors, ReferenceCsv bands) {
        Map<RiskMethod, Map<RiskFactor, List<RiskFactorValue>>> values = factorValues(factors);
        Map<RiskMethod, List<RiskBand>> bandRows = bands(bands);
        Map<RiskMethod, RiskMethodTables> tables = new EnumMap<>(RiskMethod.class);
        for (RiskMethod method : RiskMethod.values()) {
            Map<RiskFactor, List<RiskFactorValue>> byFactor = values.getOrDefault(method, Map.of());
            if (!byFactor.keySet().equals(new java.util.HashSet<>(method.factors()))) {
                throw new IllegalStateException(FACTORS + ": " + method + " needs values for exactly the factors "
                        + method.factors() + ", found " + byFactor.keySet());
            }
            List<RiskFactorTable> tablesOfMethod = method.factors().stream()
                    .map(factor -> new RiskFactorTable(factor, List.copyOf(byFactor.get(factor)))).toList();
            List<RiskBand> methodBands = bandRows.getOrDefault(method, List.of());
            try {
                new RiskBands(methodBands);
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(BANDS + ": " + method + ": " + ex.getMessage(), ex);
            }
            tables.put(method, new RiskMethodTables(method, method.scoreName(), tablesOfMethod, methodBands));
        }
        return tables;
    }

    private static Map<RiskMethod, Map<RiskFactor, List<RiskFactorValue>>> factorValues(ReferenceCsv csv) {
        Map<RiskMethod, Map<RiskFactor, List<RiskFactorValue>>> values = new EnumMap<>(RiskMethod.class);
        for (ReferenceCsv.Row row : csv.rows()) {
            RiskMethod method = constant(RiskMethod.class, row, "method");
            RiskFactor factor = constant(RiskFactor.class, row, "factor");
            BigDecimal value = row.positive("value");
            List<RiskFactorValue> list = values.computeIfAbsent(method, key -> new LinkedHashMap<>())
                    .computeIfAbsent(factor, key -> new ArrayList<>());
            if (list.stream().anyMatch(known -> known.value().compareTo(value) == 0)) {
                throw row.invalid(method + " " + factor + " lists " + value + " twice");
            }
            list.add(new RiskFactorValue(value, row.text("meaning")));
        }
        return values;
    }

    private static Map<RiskMethod, List<RiskBand>> bands(ReferenceCsv csv) {
        Map<RiskMethod, List<RiskBand>> bands = new EnumMap<>(RiskMethod.class);
        for (ReferenceCsv.Row row : csv.rows()) {
            RiskMethod method = constant(RiskMethod.class, row, "method");
            RiskLevel level = constant(RiskLevel.class, row, "level");
            BigDecimal bound = row.isEmpty("lower_bound") ? null : row.positive("lower_bound");
            String inclusive = row.optional("lower_inclusive");
            if (bound == null ? inclusive != null : !"true".equals(inclusive) && !"false".equals(inclusive)) {
                throw row.invalid("lower_inclusive is true or false with a bound, and empty without one");
            }
            bands.computeIfAbsent(method, key -> new ArrayList<>())
                    .add(new RiskBand(level, bound, Boolean.parseBoolean(inclusive)));
        }
        return bands;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, ReferenceCsv.Row row, String column) {
        try {
            return Enum.valueOf(type, row.text(column));
        } catch (IllegalArgumentException ex) {
            throw row.invalid(column + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
