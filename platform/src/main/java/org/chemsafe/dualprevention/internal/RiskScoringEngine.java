package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.dualprevention.RiskBands;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.dualprevention.RiskCalculationResult;
import org.chemsafe.dualprevention.RiskCalculator;
import org.chemsafe.dualprevention.RiskFactor;
import org.chemsafe.dualprevention.RiskFactorsRejected;
import org.chemsafe.dualprevention.RiskFactorsRejected.Reason;
import org.chemsafe.dualprevention.RiskFactorsRejected.Rejection;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.dualprevention.RiskMethodTables;
import org.chemsafe.dualprevention.RiskMethodTables.RiskFactorTable;
import org.chemsafe.dualprevention.RiskMethodTables.RiskFactorValue;

/**
 * LEC, LS and MES (domain file §5): the score is the exact product of the factors' table values (D = L·E·C, R = L·S,
 * R = M·E·S) and the level is the most severe band the score reaches. A value is matched to the table by its number
 * ({@code 6}, {@code 6.0} and {@code 6E0} are one value), and the table's own value is multiplied.
 */
final class RiskScoringEngine implements RiskCalculator {

    private final Map<RiskMethod, RiskMethodTables> tables;

    RiskScoringEngine(Map<RiskMethod, RiskMethodTables> tables) {
        this.tables = Map.copyOf(tables);
    }

    @Override
    public RiskBands defaultBands(RiskMethod method) {
        return new RiskBands(tables.get(method).defaultBands());
    }

    @Override
    public List<RiskMethodTables> tables() {
        return java.util.Arrays.stream(RiskMethod.values()).map(tables::get).toList();
    }

    @Override
    public RiskCalculationResult calculate(RiskCalculationRequest request, RiskBands bands) {
        RiskMethod method = request.method();
        Map<RiskFactor, BigDecimal> given = request.givenFactors();
        Map<RiskFactor, BigDecimal> used = new EnumMap<>(RiskFactor.class);
        List<Rejection> rejections = new ArrayList<>();
        for (RiskFactorTable table : tables.get(method).factors()) {
            BigDecimal value = given.get(table.factor());
            List<BigDecimal> allowed = table.values().stream().map(RiskFactorValue::value).toList();
            if (value == null) {
                rejections.add(new Rejection(table.factor(), Reason.MISSING, allowed));
            } else {
                allowed.stream().filter(candidate -> candidate.compareTo(value) == 0).findFirst().ifPresentOrElse(
                        tableValue -> used.put(table.factor(), tableValue),
                        () -> rejections.add(new Rejection(table.factor(), Reason.NOT_IN_TABLE, allowed)));
            }
        }
        given.keySet().stream().filter(factor -> !method.factors().contains(factor))
                .forEach(factor -> rejections.add(new Rejection(factor, Reason.NOT_USED, List.of())));
        if (!rejections.isEmpty()) {
            throw new RiskFactorsRejected(method, rejections);
        }
        BigDecimal score = plain(used.values().stream().reduce(BigDecimal.ONE, BigDecimal::multiply));
        RiskBands.AppliedRiskBand band = bands.bandOf(score);
        RiskLevel level = band.level();
        return new RiskCalculationResult(method, used, method.scoreName(), score, level, level.colour(),
                level.controlLevel(), level.controlLevels(), band);
    }

    /** The product without trailing zeros and never in exponent notation (126, 0.05, 1000). */
    private static BigDecimal plain(BigDecimal product) {
        BigDecimal stripped = product.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
