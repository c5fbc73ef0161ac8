package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.PropertyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LEC, LS and MES tables and bands of the domain notes (section 5), every value and both sides of each threshold. */
class RiskCalculatorTests {

    private final RiskTables tables = new RiskTables();
    private final RiskCalculator calculator = new RiskCalculator(tables);

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "LEC; L; 10 6 3 1 0.5 0.2 0.1", "LEC; E; 10 6 3 2 1 0.5", "LEC; C; 100 40 15 7 3 1",
            "LS; L; 5 4 3 2 1", "LS; S; 5 4 3 2 1",
            "MES; M; 5 3 1", "MES; E; 10 6 3 2 1 0.5", "MES; S; 1 2 4 8 10" })
    void eachTableListsExactlyTheValuesOfTheMethod(AssessmentMethod method, String factor, String values) {
        assertThat(tables.values(method, factor)).map(BigDecimal::toPlainString)
                .containsExactly(values.split(" "));
        assertThat(tables.label(method, factor, new BigDecimal(values.split(" ")[0]))).isPresent();
        assertThat(tables.label(method, factor, new BigDecimal("7.5"))).isEmpty();
    }

    @Test
    void theLabelsAreTheTablesWords() {
        assertThat(tables.label(AssessmentMethod.LEC, "L", new BigDecimal("0.5"))).hasValue("很不可能，可以设想");
        assertThat(tables.label(AssessmentMethod.LEC, "C", BigDecimal.valueOf(15))).hasValue("非常严重，一人死亡");
        assertThat(tables.label(AssessmentMethod.MES, "M", BigDecimal.valueOf(3)))
                .hasValue("有减轻后果的应急措施（报警系统、个体防护）");
        assertThat(tables.label(AssessmentMethod.LEC, "L", new BigDecimal("0.50"))).as("scale does not matter")
                .isPresent();
    }

    @ParameterizedTest(name = "LEC D = {0}: {1}")
    @CsvSource({ "320.01, MAJOR", "320, HIGH", "160, HIGH", "159.99, MEDIUM", "70, MEDIUM", "69.99, LOW", "0.001, LOW" })
    void lecBands(String d, RiskLevel level) {
        assertThat(tables.defaultBands(AssessmentMethod.LEC).bandOf(new BigDecimal(d)).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "LS R = {0}: {1}")
    @CsvSource({ "25, MAJOR", "20, MAJOR", "16, HIGH", "10, HIGH", "9, MEDIUM", "4, MEDIUM", "3, LOW", "1, LOW" })
    void lsBandsOnEveryProductAtTheirEdges(int r, RiskLevel level) {
        assertThat(tables.defaultBands(AssessmentMethod.LS).bandOf(BigDecimal.valueOf(r)).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "MES R = {0}: {1}")
    @CsvSource({ "180.5, MAJOR", "180, HIGH", "90.5, HIGH", "90, MEDIUM", "50.5, MEDIUM", "50, LOW", "0.5, LOW" })
    void mesBands(String r, RiskLevel level) {
        assertThat(tables.defaultBands(AssessmentMethod.MES).bandOf(new BigDecimal(r)).level()).isEqualTo(level);
    }

    @Test
    void lecScoresTheProductAndGradesIt() {
        RiskAssessment assessment = calculator.assess(AssessmentMethod.LEC, factors("L", "3", "E", "6", "C", "7"));
        assertThat(assessment.score()).isEqualByComparingTo("126");
        assertThat(assessment.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(assessment.level().colour()).isEqualTo(RiskColour.YELLOW);
        assertThat(assessment.level().controlLevel()).isEqualTo(ControlLevel.WORKSHOP);
        assertThat(assessment.band().min()).isEqualByComparingTo("70");
        assertThat(assessment.band().max()).isEqualByComparingTo("160");
        assertThat(assessment.factors()).extracting(RiskAssessment.FactorValue::label)
                .containsExactly("可能，但不经常", "每天工作时间内暴露", "严重，重伤");

        assertThat(calculator.assess(AssessmentMethod.LEC, factors("L", "10", "E", "6", "C", "7")).level())
                .as("420").isEqualTo(RiskLevel.MAJOR);
        assertThat(calculator.assess(AssessmentMethod.LEC, factors("L", "6", "E", "6", "C", "7")).level())
                .as("252").isEqualTo(RiskLevel.HIGH);
        assertThat(calculator.assess(AssessmentMethod.LEC, factors("L", "1", "E", "6", "C", "7")).level())
                .as("42").isEqualTo(RiskLevel.LOW);
        assertThat(calculator.assess(AssessmentMethod.LEC, factors("L", "0.1", "E", "0.5", "C", "1")).score())
                .isEqualByComparingTo("0.05");
    }

    @Test
    void lsAndMesScoreTheirProducts() {
        RiskAssessment ls = calculator.assess(AssessmentMethod.LS, factors("L", "4", "S", "5"));
        assertThat(ls.score()).isEqualByComparingTo("20");
        assertThat(ls.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(ls.level().colour()).isEqualTo(RiskColour.RED);
        assertThat(ls.level().controlLevel()).isEqualTo(ControlLevel.COMPANY);

        RiskAssessment mes = calculator.assess(AssessmentMethod.MES, factors("M", "3", "E", "6", "S", "10"));
        assertThat(mes.score()).isEqualByComparingTo("180");
        assertThat(mes.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(mes.level().colour()).isEqualTo(RiskColour.ORANGE);
        assertThat(calculator.assess(AssessmentMethod.MES, factors("M", "3", "E", "3", "S", "10")).level())
                .as("90").isEqualTo(RiskLevel.MEDIUM);
        assertThat(calculator.assess(AssessmentMethod.MES, factors("M", "5", "E", "10", "S", "1")).level())
                .as("50").isEqualTo(RiskLevel.LOW);
    }

    @Test
    void anEnterprisesOwnCriteriaAreBandsOfTheSameShape() {
        // variant (b) of the LS bands: 9 is 较大
        RiskBands variantB = RiskBands.fromMinimums(List.of(
                new RiskBands.Minimum(RiskLevel.MAJOR, BigDecimal.valueOf(20), true),
                new RiskBands.Minimum(RiskLevel.HIGH, BigDecimal.valueOf(9), true),
                new RiskBands.Minimum(RiskLevel.MEDIUM, BigDecimal.valueOf(4), true),
                new RiskBands.Minimum(RiskLevel.LOW, BigDecimal.ZERO, true)));
        assertThat(calculator.assess(AssessmentMethod.LS, factors("L", "3", "S", "3"), variantB).level())
                .isEqualTo(RiskLevel.HIGH);
        assertThat(calculator.assess(AssessmentMethod.LS, factors("L", "3", "S", "3")).level())
                .isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void bandsMustFallWithTheLevelAndStartAtZero() {
        assertThatThrownBy(() -> RiskBands.fromMinimums(List.of(
                new RiskBands.Minimum(RiskLevel.MAJOR, BigDecimal.TEN, true),
                new RiskBands.Minimum(RiskLevel.HIGH, BigDecimal.valueOf(12), true),
                new RiskBands.Minimum(RiskLevel.LOW, BigDecimal.ZERO, true))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskBands.fromMinimums(List.of(
                new RiskBands.Minimum(RiskLevel.MAJOR, BigDecimal.TEN, true),
                new RiskBands.Minimum(RiskLevel.LOW, BigDecimal.ONE, true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLevelNeverFallsAsTheScoreRises() {
        List<RiskLevel> severity = List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.MAJOR);
        PropertyRunner.forAll(random -> {
            AssessmentMethod method = random.oneOf(List.of(AssessmentMethod.values()));
            RiskAssessment a = randomAssessment(method, random);
            RiskAssessment b = randomAssessment(method, random);
            RiskAssessment lower = a.score().compareTo(b.score()) <= 0 ? a : b;
            RiskAssessment higher = lower == a ? b : a;
            assertThat(severity.indexOf(higher.level())).as("%s %s vs %s", method, higher.score(), lower.score())
                    .isGreaterThanOrEqualTo(severity.indexOf(lower.level()));
            assertThat(lower.band().contains(lower.score())).isTrue();
        });
    }

    private RiskAssessment randomAssessment(AssessmentMethod method, org.chemsafe.support.SeededRandom random) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        for (String factor : method.factors()) {
            values.put(factor, random.oneOf(tables.values(method, factor)));
        }
        return calculator.assess(method, values);
    }

    private static Map<String, BigDecimal> factors(String... pairs) {
        Map<String, BigDecimal> factors = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            factors.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return factors;
    }
}
