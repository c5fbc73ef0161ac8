package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.support.PropertyRunner;
import org.junit.jupiter.api.Test;

/** The range and limit rules and the GB/T 50493-2019 5.5.2 gas-detector defaults, with the standard's numbers. */
class LimitRulesTests {

    @Test
    void combustibleGasLevel1IsAtMost25PercentLelAndLevel2AtMost50() {
        assertThat(fields(IndicatorType.COMBUSTIBLE_GAS, limits(null, null, "25", "50"))).isEmpty();
        assertThat(fields(IndicatorType.COMBUSTIBLE_GAS, limits(null, null, "20", "40"))).as("a site may set less")
                .isEmpty();
        assertThat(fields(IndicatorType.COMBUSTIBLE_GAS, limits(null, null, "25.01", "50"))).containsExactly("limits.high");
        assertThat(fields(IndicatorType.COMBUSTIBLE_GAS, limits(null, null, "25", "50.01")))
                .containsExactly("limits.highHigh");
        assertThat(fields(IndicatorType.LEVEL, limits(null, null, "80", "90"))).as("other types are not capped").isEmpty();
    }

    @Test
    void limitsKeepTheirOrderAndEqualLimitsAreAllowed() {
        assertThat(fields(IndicatorType.LEVEL, limits("1", "1", "1", "1"))).isEmpty();
        assertThat(fields(IndicatorType.LEVEL, limits("2", "1", null, null))).containsExactly("limits.low");
        assertThat(fields(IndicatorType.LEVEL, limits("1", null, null, "0.5"))).as("compared across a gap")
                .containsExactly("limits.highHigh");
        assertThat(fields(IndicatorType.LEVEL, limits(null, "5", "4.999999", null))).containsExactly("limits.high");
    }

    @Test
    void limitsLieInsideTheRangeAndTheRangeIsOrdered() {
        BigDecimal low = new BigDecimal("0");
        BigDecimal high = new BigDecimal("100");
        assertThat(names(LimitRules.check(IndicatorType.LEVEL, low, high, limits("0", null, null, "100")))).isEmpty();
        assertThat(names(LimitRules.check(IndicatorType.LEVEL, low, high, limits("-0.1", null, null, null))))
                .containsExactly("limits.lowLow");
        assertThat(names(LimitRules.check(IndicatorType.LEVEL, low, high, limits(null, null, null, "100.1"))))
                .containsExactly("limits.highHigh");
        assertThat(names(LimitRules.check(IndicatorType.LEVEL, high, high, Limits.NONE))).containsExactly("rangeHigh");
    }

    @Test
    void gasDetectorsTakeTheStandardsLevels() {
        assertThat(GasDetectorDefaults.of(IndicatorType.COMBUSTIBLE_GAS, "%LEL", null))
                .isEqualTo(limits(null, null, "25", "50"));
        assertThat(GasDetectorDefaults.of(IndicatorType.OXYGEN, "%vol", null)).isEqualTo(limits(null, "19.5", "23.5", null));
        assertThat(GasDetectorDefaults.of(IndicatorType.PRESSURE, "MPa", null)).isEqualTo(Limits.NONE);
    }

    @Test
    void toxicGasTakes100And200PercentOfTheOel() {
        // GBZ 2.1 values as quoted in the domain notes: H₂S MAC 10 mg/m³; CO PC-TWA 20, PC-STEL 30 mg/m³
        ChemicalInfo hydrogenSulfide = chemical("10", null, null);
        ChemicalInfo carbonMonoxide = chemical(null, "30", "20");
        assertThat(GasDetectorDefaults.of(IndicatorType.TOXIC_GAS, "mg/m³", hydrogenSulfide))
                .isEqualTo(limits(null, null, "10", "20"));
        assertThat(GasDetectorDefaults.of(IndicatorType.TOXIC_GAS, "mg/m3", carbonMonoxide)).as("STEL before TWA")
                .isEqualTo(limits(null, null, "30", "60"));
        assertThat(GasDetectorDefaults.of(IndicatorType.TOXIC_GAS, "mg/m3", chemical(null, null, "20")))
                .isEqualTo(limits(null, null, "20", "40"));
        assertThat(GasDetectorDefaults.of(IndicatorType.TOXIC_GAS, "ppm", hydrogenSulfide)).as("needs the molar mass")
                .isEqualTo(Limits.NONE);
        assertThat(GasDetectorDefaults.of(IndicatorType.TOXIC_GAS, "mg/m³", null)).isEqualTo(Limits.NONE);
        assertThat(GasDetectorDefaults.of(IndicatorType.TOXIC_GAS, "mg/m³", chemical(null, null, null)))
                .isEqualTo(Limits.NONE);
    }

    @Test
    void givenLimitsPassExactlyWhenOrderedAndInsideTheRange() {
        PropertyRunner.forAll(random -> {
            BigDecimal rangeLow = random.decimalBetween(new BigDecimal("-50"), new BigDecimal("50"), 1);
            BigDecimal rangeHigh = rangeLow.add(random.decimalBetween(new BigDecimal("0.1"), new BigDecimal("100"), 1));
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                values.add(random.intBetween(0, 3) == 0 ? null
                        : random.decimalBetween(rangeLow.subtract(BigDecimal.TEN), rangeHigh.add(BigDecimal.TEN), 1));
            }
            Limits limits = new Limits(values.get(0), values.get(1), values.get(2), values.get(3));
            List<BigDecimal> given = values.stream().filter(v -> v != null).toList();
            boolean ordered = given.equals(given.stream().sorted().toList());
            boolean inside = given.stream().allMatch(v -> v.compareTo(rangeLow) >= 0 && v.compareTo(rangeHigh) <= 0);
            assertThat(LimitRules.check(IndicatorType.TEMPERATURE, rangeLow, rangeHigh, limits).isEmpty())
                    .as("%s in [%s, %s]", limits, rangeLow, rangeHigh).isEqualTo(ordered && inside);
        });
    }

    private static List<String> fields(IndicatorType type, Limits limits) {
        return names(LimitRules.check(type, null, null, limits));
    }

    private static List<String> names(List<LimitRules.Broken> broken) {
        return broken.stream().map(LimitRules.Broken::field).toList();
    }

    static Limits limits(String lowLow, String low, String high, String highHigh) {
        return new Limits(decimal(lowLow), decimal(low), decimal(high), decimal(highHigh));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static ChemicalInfo chemical(String mac, String pcStel, String pcTwa) {
        return new ChemicalInfo(UUID.randomUUID(), UUID.randomUUID(), null, "气体", List.of(), List.of(), null, null,
                List.of(), false, false, false, null, null, decimal(pcTwa), decimal(pcStel), decimal(mac));
    }
}
