package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.permit.WorkType.CONFINED_SPACE;
import static org.chemsafe.permit.WorkType.HOT_WORK;
import static org.chemsafe.permit.WorkType.TEMPORARY_POWER;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 30871-2022's gas-analysis criteria and timers (5.3, 5.2.7, 6.3–6.5) at their thresholds, both sides. */
class GasAnalysisRulesTests {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-03T09:00+08:00");
    private final GasAnalysisRules rules = Rules.gas();

    // 5.3.2 flammable gas: LEL >= 4 % -> at most 0.5 % vol, LEL < 4 % -> at most 0.2 % vol

    @ParameterizedTest(name = "LEL {0} %, {1} % vol: pass {2}")
    @CsvSource({ "5, 0.5, true", "5, 0.51, false", "4, 0.5, true", "4, 0.51, false", "3.99, 0.2, true",
            "3.99, 0.21, false", "2.1, 0, true" })
    void flammableGasPassCriteria(String lel, String concentration, boolean pass) {
        GasVerdict verdict = check(HOT_WORK, WorkGrade.LEVEL_1, START, null, null, false,
                sample(new BigDecimal(lel), concentration, null, START.minusMinutes(10)));
        assertThat(verdict.pass()).isEqualTo(pass);
        assertThat(rulesOf(verdict)).isEqualTo(pass ? List.of() : List.of(PermitRule.FLAMMABLE_ABOVE_LIMIT));
    }

    @Test
    void aSubstanceOfTheCatalogueGivesItsLowerExplosiveLimit() {
        UUID hydrogen = UUID.randomUUID();
        GasSample sample = new GasSample(hydrogen, null, new BigDecimal("0.3"), null, null, START.minusMinutes(5));
        GasCheckRequest analysis = new GasCheckRequest(HOT_WORK, WorkGrade.LEVEL_2, List.of(sample), START, null, null,
                null);
        assertThat(rules.check(analysis, Map.of(hydrogen, BigDecimal.valueOf(4))).pass()).isTrue();
        assertThat(rules.check(analysis, Map.of(hydrogen, new BigDecimal("1.2"))).pass()).isFalse();
    }

    @Test
    void hotWorkAndTemporaryPowerMustMeasureFlammableGas() {
        for (WorkType type : List.of(HOT_WORK, TEMPORARY_POWER)) {
            GasVerdict verdict = check(type, type == HOT_WORK ? WorkGrade.LEVEL_2 : null, START, null, null, false,
                    new GasSample(null, null, null, new BigDecimal("20.9"), null, START.minusMinutes(5)));
            assertThat(rulesOf(verdict)).as(type.name()).containsExactly(PermitRule.NO_FLAMMABLE_READING);
        }
    }

    // 6.4 oxygen in a confined space: 19.5-21 % vol, up to 23.5 % enriched; 5.2.7 oxygen equipment at most 23.5 %

    @ParameterizedTest(name = "O2 {0} %, enriched {1}: pass {2}")
    @CsvSource({ "19.5, false, true", "19.49, false, false", "21, false, true", "21.01, false, false",
            "23.5, true, true", "23.51, true, false", "19.49, true, false" })
    void confinedSpaceOxygen(String oxygen, boolean enriched, boolean pass) {
        GasVerdict verdict = check(CONFINED_SPACE, null, START, null, null, enriched,
                new GasSample(null, null, null, new BigDecimal(oxygen), null, START.minusMinutes(10)));
        assertThat(rulesOf(verdict)).isEqualTo(pass ? List.of() : List.of(PermitRule.OXYGEN_OUT_OF_RANGE));
    }

    @Test
    void aConfinedSpaceMustMeasureOxygen() {
        GasVerdict verdict = check(CONFINED_SPACE, null, START, null, null, false,
                sample(BigDecimal.TEN, "0", null, START.minusMinutes(10)));
        assertThat(rulesOf(verdict)).containsExactly(PermitRule.OXYGEN_READING_MISSING);
    }

    @Test
    void hotWorkOnOxygenEquipmentAllowsAtMost23Point5Percent() {
        assertThat(check(HOT_WORK, WorkGrade.LEVEL_1, START, null, null, true,
                sample(BigDecimal.TEN, "0", "23.5", START.minusMinutes(5))).pass()).isTrue();
        assertThat(rulesOf(check(HOT_WORK, WorkGrade.LEVEL_1, START, null, null, true,
                sample(BigDecimal.TEN, "0", "23.51", START.minusMinutes(5)))))
                .containsExactly(PermitRule.OXYGEN_ABOVE_EQUIPMENT_LIMIT);
        assertThat(check(HOT_WORK, WorkGrade.LEVEL_1, START, null, null, false,
                sample(BigDecimal.TEN, "0", "25", START.minusMinutes(5))).pass())
                .as("not oxygen equipment: no oxygen rule for hot work").isTrue();
    }

    @Test
    void toxicGasesStayWithinTheirLimits() {
        ToxicReading atLimit = new ToxicReading("硫化氢", BigDecimal.TEN, BigDecimal.TEN, "mg/m³");
        ToxicReading over = new ToxicReading("硫化氢", new BigDecimal("10.01"), BigDecimal.TEN, "mg/m³");
        assertThat(check(CONFINED_SPACE, null, START, null, null, false, new GasSample(null, null, null,
                new BigDecimal("20.9"), List.of(atLimit), START.minusMinutes(5))).pass()).isTrue();
        assertThat(rulesOf(check(CONFINED_SPACE, null, START, null, null, false, new GasSample(null, null, null,
                new BigDecimal("20.9"), List.of(over), START.minusMinutes(5)))))
                .containsExactly(PermitRule.TOXIC_ABOVE_LIMIT);
    }

    // 5.3.1 c, 6.3 a: at most 30 min from sampling to the start

    @Test
    void theAnalysisIsAtMost30MinutesOldAtTheStart() {
        assertThat(check(HOT_WORK, WorkGrade.LEVEL_2, START, null, null, false, clean(START.minusMinutes(30))).pass())
                .isTrue();
        assertThat(rulesOf(check(HOT_WORK, WorkGrade.LEVEL_2, START, null, null, false,
                clean(START.minusMinutes(31))))).containsExactly(PermitRule.ANALYSIS_TOO_OLD_HOT_WORK);
        assertThat(rulesOf(check(CONFINED_SPACE, null, START, null, null, false,
                confinedClean(START.minusMinutes(31))))).containsExactly(PermitRule.ANALYSIS_TOO_OLD_CONFINED_SPACE);
        assertThat(rulesOf(check(HOT_WORK, WorkGrade.LEVEL_2, START, null, null, false, clean(START.plusMinutes(1)))))
                .containsExactly(PermitRule.ANALYSIS_AFTER_START);
    }

    @Test
    void theOldestSampleDatesTheAnalysisAndValidUntilIs30MinutesLater() {
        GasVerdict verdict = check(HOT_WORK, WorkGrade.LEVEL_2, START, null, null, false,
                clean(START.minusMinutes(20)), clean(START.minusMinutes(5)));
        assertThat(verdict.validUntil()).isEqualTo(START.plusMinutes(10));
    }

    // 5.3.1 d, 6.3 f: re-analysis after an interruption over 30 min (特级, 一级) or 60 min (二级, confined space)

    @ParameterizedTest(name = "{0} interrupted {1} min: fresh analysis needed {2}")
    @CsvSource({ "SPECIAL, 30, false", "SPECIAL, 31, true", "LEVEL_1, 30, false", "LEVEL_1, 31, true",
            "LEVEL_2, 60, false", "LEVEL_2, 61, true" })
    void hotWorkReanalysisAfterAnInterruption(WorkGrade grade, int minutes, boolean needed) {
        OffsetDateTime resume = START.plusHours(3);
        GasVerdict old = check(HOT_WORK, grade, null, resume, minutes, false, clean(START.minusMinutes(10)));
        assertThat(rulesOf(old)).isEqualTo(needed ? List.of(PermitRule.REANALYSIS_REQUIRED_HOT_WORK) : List.of());
        assertThat(check(HOT_WORK, grade, null, resume, minutes, false, clean(resume.minusMinutes(10))).pass())
                .as("a fresh analysis always allows the resumption").isTrue();
    }

    @Test
    void hotWorkIsAnalysedEveryDayBeforeWork() {
        // 5.3.1 d: yesterday's analysis does not clear today's resumption, however short the interruption
        OffsetDateTime yesterday = START.minusDays(1);
        assertThat(rulesOf(check(HOT_WORK, WorkGrade.LEVEL_2, null, START, 10, false, clean(yesterday))))
                .containsExactly(PermitRule.NOT_ANALYSED_TODAY);
        GasVerdict sameDay = check(HOT_WORK, WorkGrade.LEVEL_2, null, START.plusHours(3), 10, false,
                clean(START.minusMinutes(10)));
        assertThat(sameDay.pass()).isTrue();
        assertThat(sameDay.validUntil()).as("a short interruption: the day's analysis holds until the day ends")
                .isEqualTo(OffsetDateTime.parse("2026-12-04T00:00+08:00"));
    }

    @Test
    void confinedSpaceRetestAfterAnInterruptionOver60Minutes() {
        OffsetDateTime resume = START.plusHours(3);
        assertThat(check(CONFINED_SPACE, null, null, resume, 60, false, confinedClean(START)).pass()).isTrue();
        assertThat(rulesOf(check(CONFINED_SPACE, null, null, resume, 61, false, confinedClean(START))))
                .containsExactly(PermitRule.REANALYSIS_REQUIRED_CONFINED_SPACE);
    }

    // 6.5 and 5.3.1 d: when the next reading is due

    @Test
    void confinedSpaceAndSpecialHotWorkLogAReadingEvery2HoursOtherHotWorkReanalysesTheNextDay() {
        assertThat(check(CONFINED_SPACE, null, START, null, null, false, confinedClean(START.minusMinutes(5)))
                .retestRequiredAt()).isEqualTo(START.plusHours(2));
        assertThat(check(HOT_WORK, WorkGrade.SPECIAL, START, null, null, false, clean(START.minusMinutes(5)))
                .retestRequiredAt()).isEqualTo(START.plusHours(2));
        assertThat(check(HOT_WORK, WorkGrade.LEVEL_1, START, null, null, false, clean(START.minusMinutes(5)))
                .retestRequiredAt()).isEqualTo(OffsetDateTime.parse("2026-12-04T00:00+08:00"));
        assertThat(check(TEMPORARY_POWER, null, START, null, null, false, clean(START.minusMinutes(5)))
                .retestRequiredAt()).isNull();
    }

    private GasVerdict check(WorkType type, @Nullable WorkGrade grade, @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime resume, @Nullable Integer interruption, boolean enriched, GasSample... samples) {
        return rules.check(new GasCheckRequest(type, grade, List.of(samples), start, resume, interruption, enriched),
                Map.of());
    }

    private static GasSample sample(BigDecimal lel, String concentration, @Nullable String oxygen, OffsetDateTime at) {
        return new GasSample(null, lel, new BigDecimal(concentration), oxygen == null ? null : new BigDecimal(oxygen),
                null, at);
    }

    private static GasSample clean(OffsetDateTime at) {
        return sample(BigDecimal.TEN, "0.1", null, at);
    }

    private static GasSample confinedClean(OffsetDateTime at) {
        return sample(BigDecimal.TEN, "0.1", "20.9", at);
    }

    private static List<PermitRule> rulesOf(GasVerdict verdict) {
        return verdict.reasons().stream().map(Finding::rule).toList();
    }
}
