package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chemsafe.dualprevention.ControlLevel;
import org.chemsafe.dualprevention.RiskBand;
import org.chemsafe.dualprevention.RiskBands;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.dualprevention.RiskCalculationResult;
import org.chemsafe.dualprevention.RiskCalculator;
import org.chemsafe.dualprevention.RiskColour;
import org.chemsafe.dualprevention.RiskFactor;
import org.chemsafe.dualprevention.RiskFactorsRejected;
import org.chemsafe.dualprevention.RiskFactorsRejected.Reason;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.dualprevention.RiskMethodTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** LEC, LS and MES with the tables and default bands of the domain file (§5.1–§5.3) and the levels of §4. */
class RiskScoringEngineTests {

    static final RiskCalculator ENGINE = new RiskScoringEngine(RiskScoringTablesLoader.load());

    /** Every value of every table, as the domain file prints it (§5.1 LEC, §5.2 LS 1–5, §5.3 MES). */
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(RiskMethod.LEC, RiskFactor.L, "10 6 3 1 0.5 0.2 0.1"),
                Arguments.of(RiskMethod.LEC, RiskFactor.E, "10 6 3 2 1 0.5"),
                Arguments.of(RiskMethod.LEC, RiskFactor.C, "100 40 15 7 3 1"),
                Arguments.of(RiskMethod.LS, RiskFactor.L, "5 4 3 2 1"),
                Arguments.of(RiskMethod.LS, RiskFactor.S, "5 4 3 2 1"),
                Arguments.of(RiskMethod.MES, RiskFactor.M, "5 3 1"),
                Arguments.of(RiskMethod.MES, RiskFactor.E, "10 6 3 2 1 0.5"),
                Arguments.of(RiskMethod.MES, RiskFactor.S, "1 2 4 8 10"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableValueIsTheDomainFilesAndIsAccepted(RiskMethod method, RiskFactor factor, String printed) {
        List<BigDecimal> expected = Arrays.stream(printed.split(" ")).map(BigDecimal::new).toList();
        RiskMethodTables tables = ENGINE.tables().get(method.ordinal());
        List<BigDecimal> values = tables.factors().stream().filter(table -> table.factor() == factor).findFirst()
                .orElseThrow().values().stream().map(RiskMethodTables.RiskFactorValue::value).toList();
        assertThat(values).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);

        for (BigDecimal value : expected) {
            Map<RiskFactor, BigDecimal> factors = new EnumMap<>(RiskFactor.class);
            tables.factors().forEach(table -> factors.put(table.factor(), table.values().get(0).value()));
            factors.put(factor, value);
            RiskCalculationResult result = calculate(method, factors);
            assertThat(result.factors().get(factor)).isEqualByComparingTo(value);
            assertThat(result.score()).isEqualByComparingTo(
                    factors.values().stream().reduce(BigDecimal.ONE, BigDecimal::multiply));
        }
    }

    /** Both sides of every default threshold with products the tables can give. */
    @ParameterizedTest
    @CsvSource({
            // LEC §5.1: D > 320 重大, 160–320 较大, 70–160 一般, below 70 低 (320 is not "> 320"; 160 and 70, written
            // in two bands, take the more severe)
            "LEC, 3 3 40, 360, MAJOR", "LEC, 10 10 3, 300, HIGH", "LEC, 10 6 3, 180, HIGH",
            "LEC, 6 6 3, 108, MEDIUM", "LEC, 1 10 7, 70, MEDIUM", "LEC, 3 3 7, 63, LOW", "LEC, 3 6 7, 126, MEDIUM",
            "LEC, 0.1 0.5 1, 0.05, LOW", "LEC, 10 10 100, 10000, MAJOR",
            // LS §5.2 variant (a): 20–25 重大, 10–16 较大, 4–9 一般, 1–3 低
            "LS, 5 5, 25, MAJOR", "LS, 4 5, 20, MAJOR", "LS, 4 4, 16, HIGH", "LS, 2 5, 10, HIGH", "LS, 3 3, 9, MEDIUM",
            "LS, 2 2, 4, MEDIUM", "LS, 1 3, 3, LOW", "LS, 1 1, 1, LOW",
            // MES §5.3: > 180 重大, 91–180 较大, 51–90 一般, ≤ 50 低
            "MES, 5 10 4, 200, MAJOR", "MES, 3 6 10, 180, HIGH", "MES, 5 10 2, 100, HIGH", "MES, 3 3 10, 90, MEDIUM",
            "MES, 5 6 2, 60, MEDIUM", "MES, 5 10 1, 50, LOW", "MES, 1 0.5 1, 0.5, LOW" })
    void gradesByTheDefaultBands(RiskMethod method, String values, BigDecimal score, RiskLevel level) {
        Map<RiskFactor, BigDecimal> factors = new EnumMap<>(RiskFactor.class);
        String[] parts = values.split(" ");
        for (int i = 0; i < parts.length; i++) {
            factors.put(method.factors().get(i), new BigDecimal(parts[i]));
        }
        RiskCalculationResult result = calculate(method, factors);
        assertThat(result.score()).isEqualByComparingTo(score);
        assertThat(result.score().toString()).isEqualTo(score.toPlainString());
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.scoreName()).isEqualTo(method == RiskMethod.LEC ? "D" : "R");
    }

    @ParameterizedTest
    @CsvSource({
            "LEC, 320.0001, MAJOR", "LEC, 320, HIGH", "LEC, 160, HIGH", "LEC, 159.9999, MEDIUM", "LEC, 70, MEDIUM",
            "LEC, 69.9999, LOW", "LEC, 0, LOW",
            "LS, 20, MAJOR", "LS, 19.9999, HIGH", "LS, 10, HIGH", "LS, 9.9999, MEDIUM", "LS, 4, MEDIUM",
            "LS, 3.9999, LOW",
            "MES, 180.0001, MAJOR", "MES, 180, HIGH", "MES, 90.0001, HIGH", "MES, 90, MEDIUM", "MES, 50.0001, MEDIUM",
            "MES, 50, LOW" })
    void everyDefaultThresholdHasItsSide(RiskMethod method, BigDecimal score, RiskLevel level) {
        assertThat(ENGINE.defaultBands(method).bandOf(score).level()).isEqualTo(level);
    }

    @Test
    void theAppliedBandSaysWhichScoresItHolds() {
        RiskBands.AppliedRiskBand medium = ENGINE.defaultBands(RiskMethod.LEC).bandOf(new BigDecimal(126));
        assertThat(medium).isEqualTo(new RiskBands.AppliedRiskBand(RiskLevel.MEDIUM, new BigDecimal(70), true,
                new BigDecimal(160), false));
        RiskBands.AppliedRiskBand high = ENGINE.defaultBands(RiskMethod.LEC).bandOf(new BigDecimal(320));
        assertThat(high).isEqualTo(new RiskBands.AppliedRiskBand(RiskLevel.HIGH, new BigDecimal(160), true,
                new BigDecimal(320), true));
        RiskBands.AppliedRiskBand major = ENGINE.defaultBands(RiskMethod.MES).bandOf(new BigDecimal(200));
        assertThat(major).isEqualTo(new RiskBands.AppliedRiskBand(RiskLevel.MAJOR, new BigDecimal(180), false, null,
                false));
        RiskBands.AppliedRiskBand low = ENGINE.defaultBands(RiskMethod.LS).bandOf(BigDecimal.ONE);
        assertThat(low).isEqualTo(new RiskBands.AppliedRiskBand(RiskLevel.LOW, null, false, new BigDecimal(4), false));
    }

    @Test
    void levelsCarryTheirColourAndControlLevels() {
        assertThat(RiskLevel.MAJOR.colour()).isEqualTo(RiskColour.RED);
        assertThat(RiskLevel.HIGH.colour()).isEqualTo(RiskColour.ORANGE);
        assertThat(RiskLevel.MEDIUM.colour()).isEqualTo(RiskColour.YELLOW);
        assertThat(RiskLevel.LOW.colour()).isEqualTo(RiskColour.BLUE);
        assertThat(RiskLevel.MAJOR.controlLevels()).containsExactly(ControlLevel.values());
        assertThat(RiskLevel.HIGH.controlLevels()).containsExactly(ControlLevel.values());
        assertThat(RiskLevel.MEDIUM.controlLevels()).containsExactly(ControlLevel.WORKSHOP, ControlLevel.TEAM,
                ControlLevel.POST);
        assertThat(RiskLevel.LOW.controlLevels()).containsExactly(ControlLevel.TEAM, ControlLevel.POST);
        assertThat(RiskLevel.LOW.controlLevel()).isEqualTo(ControlLevel.TEAM);
    }

    @Test
    void bandsArePassedInSoAnEnterpriseMayUseItsOwn() {
        // LS variant (b) of §5.2 puts 9 in 较大
        RiskBands variantB = new RiskBands(List.of(
                new RiskBand(RiskLevel.MAJOR, new BigDecimal(20), true),
                new RiskBand(RiskLevel.HIGH, new BigDecimal(9), true),
                new RiskBand(RiskLevel.MEDIUM, new BigDecimal(4), true),
                new RiskBand(RiskLevel.LOW, null, false)));
        RiskCalculationRequest nine = new RiskCalculationRequest(RiskMethod.LS, new BigDecimal(3), null, null,
                new BigDecimal(3), null);
        assertThat(ENGINE.calculate(nine, variantB).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(ENGINE.calculate(nine, ENGINE.defaultBands(RiskMethod.LS)).level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void aValueIsMatchedByItsNumber() {
        RiskCalculationRequest request = new RiskCalculationRequest(RiskMethod.LEC, new BigDecimal("3.00"),
                new BigDecimal("6E0"), null, null, null);
        RiskCalculationRequest withC = new RiskCalculationRequest(RiskMethod.LEC, request.l(), request.e(),
                new BigDecimal("7.0"), null, null);
        assertThat(ENGINE.calculate(withC, ENGINE.defaultBands(RiskMethod.LEC)).score().toString()).isEqualTo("126");
    }

    @Test
    void everyUnusableFactorIsRejectedAtOnce() {
        RiskCalculationRequest request = new RiskCalculationRequest(RiskMethod.LS, new BigDecimal(6), null,
                new BigDecimal(7), null, new BigDecimal(1));
        assertThatThrownBy(() -> ENGINE.calculate(request, ENGINE.defaultBands(RiskMethod.LS)))
                .isInstanceOfSatisfying(RiskFactorsRejected.class, ex -> assertThat(ex.rejections())
                        .extracting(RiskFactorsRejected.Rejection::factor, RiskFactorsRejected.Rejection::reason)
                        .containsExactly(tuple(RiskFactor.L, Reason.NOT_IN_TABLE),
                                tuple(RiskFactor.S, Reason.MISSING),
                                tuple(RiskFactor.C, Reason.NOT_USED),
                                tuple(RiskFactor.M, Reason.NOT_USED)));
    }

    private static RiskCalculationResult calculate(RiskMethod method, Map<RiskFactor, BigDecimal> factors) {
        RiskCalculationRequest request = new RiskCalculationRequest(method, factors.get(RiskFactor.L),
                factors.get(RiskFactor.E), factors.get(RiskFactor.C), factors.get(RiskFactor.S),
                factors.get(RiskFactor.M));
        return ENGINE.calculate(request, ENGINE.defaultBands(method));
    }
}
