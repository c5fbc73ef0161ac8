package org.chemsafe.majorhazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.chemsafe.majorhazard.HazardCategory.J1;
import static org.chemsafe.majorhazard.HazardCategory.J3;
import static org.chemsafe.majorhazard.HazardCategory.J5;
import static org.chemsafe.majorhazard.HazardCategory.W2;
import static org.chemsafe.majorhazard.HazardCategory.W4;
import static org.chemsafe.majorhazard.HazardCategory.W5_1;
import static org.chemsafe.majorhazard.HazardCategory.W5_3;
import static org.chemsafe.majorhazard.HazardCategory.W5_4;
import static org.chemsafe.majorhazard.internal.Inventories.assess;
import static org.chemsafe.majorhazard.internal.Inventories.cas;
import static org.chemsafe.majorhazard.internal.Inventories.casAndName;
import static org.chemsafe.majorhazard.internal.Inventories.named;

import java.math.BigDecimal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chemsafe.majorhazard.AssessedSubstance;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.MajorHazardLevel;
import org.chemsafe.majorhazard.MissingBeta;
import org.chemsafe.majorhazard.StandardTable;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 18218-2018 identification and grading with the standard's own numbers, at every threshold. */
class Gb18218EngineTests {

    static final String CHLORINE = "7782-50-5";
    static final String AMMONIA = "7664-41-7";
    static final String OXYGEN = "7782-44-7";
    static final String PHOSGENE = "75-44-5";

    @Test
    void workedExampleOfTheDomainNotes() {
        // One bund: 30 t chlorine (Q 5, β 4) and 50 t ammonia (Q 10, β 2), 40 residents within 500 m
        AssessmentResult result = assess(40, cas(CHLORINE, "30"), cas(AMMONIA, "50"));

        assertThat(result.sumRatio()).isEqualByComparingTo("11");
        assertThat(result.majorHazard()).isTrue();
        assertThat(result.alpha()).isEqualByComparingTo("1.2");
        assertThat(result.r()).isEqualByComparingTo("40.8");
        assertThat(result.level()).isEqualTo(MajorHazardLevel.THIRD);
        assertThat(result.items()).extracting(AssessedSubstance::name, AssessedSubstance::table1Row)
                .containsExactly(tuple("氯", 12), tuple("氨", 1));
        assertThat(result.items().get(0).weightedRatio()).isEqualByComparingTo("24");
        assertThat(result.items().get(1).weightedRatio()).isEqualByComparingTo("10");
        assertThat(result.missingBeta()).isEmpty();
    }

    @Test
    void chlorineAndAFlammableSolvent() {
        // 12 t chlorine: 2.4 × β 4; 6000 t of a W5.4 liquid (Q 5000, β 1): 1.2; 120 people: α 2
        AssessmentResult result = assess(120, cas(CHLORINE, "12"), named("某溶剂", "6000", W5_4));

        assertThat(result.sumRatio()).isEqualByComparingTo("3.6");
        assertThat(result.alpha()).isEqualByComparingTo("2.0");
        assertThat(result.r()).isEqualByComparingTo("21.6");
        assertThat(result.level()).isEqualTo(MajorHazardLevel.THIRD);
        AssessedSubstance solvent = result.items().get(1);
        assertThat(solvent.name()).isEqualTo("某溶剂");
        assertThat(solvent.table1Row()).isNull();
        assertThat(solvent.criticalQuantityTonnes()).isEqualByComparingTo("5000");
        assertThat(solvent.criticalQuantitySource()).isEqualTo(StandardTable.TABLE_2);
        assertThat(solvent.category()).isEqualTo(W5_4);
        assertThat(solvent.betaSource()).isEqualTo(StandardTable.TABLE_4);
    }

    @ParameterizedTest(name = "{0} people → α {1}")
    @CsvSource({ "0, 0.5", "1, 1.0", "29, 1.0", "30, 1.2", "49, 1.2", "50, 1.5", "99, 1.5", "100, 2.0",
            "100000, 2.0" })
    void alphaAtEveryBandEdge(int people, String alpha) {
        AssessmentResult result = assess(people, cas(CHLORINE, "5"));

        assertThat(result.alpha()).isEqualByComparingTo(alpha);
        assertThat(result.r()).isEqualByComparingTo(new BigDecimal(alpha).multiply(BigDecimal.valueOf(4)));
    }

    @ParameterizedTest(name = "R = {1} → level {2}")
    @CsvSource({ "100000, 100.0000, 1", "99999.999999, 99.9999, 2", "50000, 50.0000, 2", "49999.999999, 49.9999, 3",
            "10000, 10.0000, 3", "9999.999999, 9.9999, 4", "1000, 1.0000, 4" })
    void levelAtEveryBoundary(String tonnes, String r, int level) {
        // A W5.3 liquid (Q 1000 t, β 1) with 10 residents (α 1): R = q / 1000
        AssessmentResult result = assess(10, named("某溶剂", tonnes, W5_3));

        assertThat(result.r()).isEqualByComparingTo(r).hasScaleOf(4);
        assertThat(result.level()).extracting(MajorHazardLevel::number).isEqualTo(level);
    }

    @Test
    void sExactlyOneIsAMajorHazardAndJustBelowIsNot() {
        // Liquid chlorine, Table 1 Q = 5 t: 5 t alone is S = 1 (4.2.1 (a): q ≥ Q)
        AssessmentResult atCriticalQuantity = assess(10, cas(CHLORINE, "5"));
        assertThat(atCriticalQuantity.sumRatio()).isEqualByComparingTo("1");
        assertThat(atCriticalQuantity.majorHazard()).isTrue();
        assertThat(atCriticalQuantity.level()).isEqualTo(MajorHazardLevel.FOURTH);

        AssessmentResult justBelow = assess(10, cas(CHLORINE, "4.999999"));
        assertThat(justBelow.sumRatio()).isEqualByComparingTo("0.9999");
        assertThat(justBelow.majorHazard()).isFalse();
        assertThat(justBelow.level()).isNull();
        assertThat(justBelow.r()).as("R is still shown").isEqualByComparingTo("3.9999");
    }

    @Test
    void thresholdsAreExactForCriticalQuantitiesWithoutAFiniteDecimalRatio() {
        // Phosgene, Q = 0.3 t: three tanks of 0.1 t are exactly S = 1; with nobody around (α 0.5), R = 0.5 × 20 = 10
        AssessmentResult result = assess(0, cas(PHOSGENE, "0.1"), cas(PHOSGENE, "0.1"), cas(PHOSGENE, "0.1"));

        assertThat(result.sumRatio()).isEqualByComparingTo("1");
        assertThat(result.majorHazard()).isTrue();
        assertThat(result.r()).isEqualByComparingTo("10");
        assertThat(result.level()).isEqualTo(MajorHazardLevel.THIRD);
        assertThat(result.items().get(0).ratio()).as("truncated, not rounded up").isEqualByComparingTo("0.3333");
    }

    @Test
    void shownDecimalsAreTruncatedToFourPlaces() {
        AssessmentResult result = assess(10, cas(PHOSGENE, "2"));

        assertThat(result.items().get(0).ratio()).isEqualByComparingTo("6.6666").hasScaleOf(4);
        assertThat(result.r()).isEqualByComparingTo("133.3333");
        assertThat(result.level()).isEqualTo(MajorHazardLevel.FIRST);
    }

    @Test
    void table1ComesBeforeTable2AndTable3BeforeTable4() {
        // Chlorine also given as J3 (Table 2 Q 50, Table 4 β 2): Table 1 Q 5 and Table 3 β 4 still apply
        AssessedSubstance chlorine = assess(10, cas(CHLORINE, "5", J3)).items().get(0);

        assertThat(chlorine.criticalQuantityTonnes()).isEqualByComparingTo("5");
        assertThat(chlorine.criticalQuantitySource()).isEqualTo(StandardTable.TABLE_1);
        assertThat(chlorine.category()).isNull();
        assertThat(chlorine.beta()).isEqualByComparingTo("4");
        assertThat(chlorine.betaSource()).isEqualTo(StandardTable.TABLE_3);
        assertThat(chlorine.betaCategory()).isNull();

        AssessedSubstance ammonia = assess(10, named("液氨", "10", J1)).items().get(0);
        assertThat(ammonia.beta()).as("Table 3 β 2, not J1's Table 4 β 4").isEqualByComparingTo("2");
        assertThat(ammonia.betaSource()).isEqualTo(StandardTable.TABLE_3);
    }

    @Test
    void severalCategoriesTakeTheLowestCriticalQuantityAndTheHighestBeta() {
        AssessedSubstance lowestQ = assess(10, named("某溶剂", "10", W5_4, J5, W2)).items().get(0);
        assertThat(lowestQ.criticalQuantityTonnes()).isEqualByComparingTo("10");
        assertThat(lowestQ.category()).isEqualTo(W2);

        // W5.1: Q 10, β 1.5; J3: Q 50, β 2. Q comes from W5.1, β from J3.
        AssessedSubstance mixed = assess(10, named("某溶剂", "10", J3, W5_1)).items().get(0);
        assertThat(mixed.criticalQuantityTonnes()).isEqualByComparingTo("10");
        assertThat(mixed.category()).isEqualTo(W5_1);
        assertThat(mixed.beta()).isEqualByComparingTo("2");
        assertThat(mixed.betaSource()).isEqualTo(StandardTable.TABLE_4);
        assertThat(mixed.betaCategory()).isEqualTo(J3);
    }

    @Test
    void aTable1SubstanceOutsideTable3TakesBetaFromItsCategory() {
        AssessedSubstance oxygen = assess(10, cas(OXYGEN, "400", W4)).items().get(0);

        assertThat(oxygen.criticalQuantityTonnes()).isEqualByComparingTo("200");
        assertThat(oxygen.criticalQuantitySource()).isEqualTo(StandardTable.TABLE_1);
        assertThat(oxygen.beta()).isEqualByComparingTo("1");
        assertThat(oxygen.betaCategory()).isEqualTo(W4);
    }

    @Test
    void aMissingBetaIsReportedNotGuessed() {
        // Oxygen (row 56) is not in Table 3 and no category is given: S and majorHazard stand, R and the level do not
        AssessmentResult result = assess(10, cas(CHLORINE, "1"), cas(OXYGEN, "400"));

        assertThat(result.sumRatio()).isEqualByComparingTo("2.2");
        assertThat(result.majorHazard()).isTrue();
        assertThat(result.r()).isNull();
        assertThat(result.level()).isNull();
        assertThat(result.missingBeta())
                .containsExactly(new MissingBeta("substances[1]", 56, "氧（压缩的或液化的）", OXYGEN));
        assertThat(result.items().get(1).beta()).isNull();
        assertThat(result.items().get(1).weightedRatio()).isNull();
        assertThat(result.items().get(0).weightedRatio()).isEqualByComparingTo("0.8");
    }

    @Test
    void townGasHasNoBetaOfItsOwn() {
        // Row 13 煤气: Table 3 names 一氧化碳, not 煤气; its β comes only from a category given for it
        assertThat(assess(10, named("煤气（CO，CO和H2、CH4的混合物等）", "20")).missingBeta())
                .extracting(MissingBeta::table1Row).containsExactly(13);
        assertThat(assess(10, named("煤气（CO，CO和H2、CH4的混合物等）", "20", J3, W2)).level())
                .isEqualTo(MajorHazardLevel.FOURTH);
    }

    @Test
    void carbonMonoxideOutsideTable1TakesItsTable3Beta() {
        AssessedSubstance monoxide = assess(10, named("一氧化碳", "10", J3, W2)).items().get(0);

        assertThat(monoxide.criticalQuantityTonnes()).as("W2 is lower than J3").isEqualByComparingTo("10");
        assertThat(monoxide.criticalQuantitySource()).isEqualTo(StandardTable.TABLE_2);
        assertThat(monoxide.beta()).isEqualByComparingTo("2");
        assertThat(monoxide.betaSource()).isEqualTo(StandardTable.TABLE_3);
    }

    @Test
    void notAMajorHazardHasNoLevel() {
        AssessmentResult result = assess(10, named("某溶剂", "100", W5_4));

        assertThat(result.majorHazard()).isFalse();
        assertThat(result.sumRatio()).isEqualByComparingTo("0.02");
        assertThat(result.level()).isNull();
    }

    @ParameterizedTest(name = "{0} → row {1}")
    @CsvSource({ "天然气, 49", "甲烷, 49", "'甲烷，天然气', 49", "甲醛(含量>90%), 8", "液氯, 12", "tdi, 23",
            " 氯气 , 12", "硝化纤维素（含乙醇≥25%）, 39" })
    void namesAndAliasesFindTheirTable1Row(String name, int row) {
        assertThat(assess(10, named(name, "1")).items().get(0).table1Row()).isEqualTo(row);
    }

    @Test
    void aNameCompletesTheCasNumberOfTheRowWhenItHasOnlyOne() {
        assertThat(assess(10, named("液氯", "1")).items().get(0).cas()).isEqualTo(CHLORINE);
        assertThat(assess(10, named("天然气", "1")).items().get(0).cas()).as("two CAS numbers").isNull();
    }

    @Test
    void aCasNumberSharedByRowsNeedsTheName() {
        assertRefused(() -> assess(10, cas("9004-70-0", "1")), "majorhazard.substance.ambiguous",
                "substances[0]");
        assertRefused(() -> assess(10, cas(CHLORINE, "1"), named("硝化棉", "1")), "majorhazard.substance.ambiguous",
                "substances[1]");
        assertThat(assess(10, casAndName("9004-70-0", "硝化纤维素（含乙醇≥25%）", "10")).items().get(0))
                .extracting(AssessedSubstance::table1Row, AssessedSubstance::criticalQuantityTonnes)
                .containsExactly(39, new BigDecimal("10"));
    }

    @Test
    void casNumberAndNameOfDifferentRowsAreRefused() {
        assertRefused(() -> assess(10, casAndName(CHLORINE, "氨", "1")), "majorhazard.substance.conflict",
                "substances[0]");
    }

    @Test
    void aSubstanceOutsideTable1NeedsItsHazardCategories() {
        assertRefused(() -> assess(10, named("某溶剂", "1")), "majorhazard.substance.unknown", "substances[0]");
        assertRefused(() -> assess(10, cas("7732-18-5", "1")), "majorhazard.substance.unknown", "substances[0]");
        assertThat(assess(10, casAndName("97-93-8", "烷基铝", "1")).items().get(0).table1Row())
                .as("a CAS number outside Table 1 with a Table 1 name").isEqualTo(74);
    }

    private static void assertRefused(ThrowingCallable call, String detailKey, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.RULE_VIOLATION);
            assertThat(problem.detailKey()).isEqualTo(detailKey);
            assertThat(problem.properties()).containsEntry("field", field);
        });
    }
}
