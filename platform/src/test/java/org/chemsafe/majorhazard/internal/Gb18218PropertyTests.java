package org.chemsafe.majorhazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemsafe.majorhazard.internal.Inventories.TABLES;
import static org.chemsafe.majorhazard.internal.Inventories.assess;
import static org.chemsafe.support.PropertyRunner.forAll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.majorhazard.AssessedSubstance;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.HazardCategory;
import org.chemsafe.majorhazard.MajorHazardLevel;
import org.chemsafe.majorhazard.SubstanceQuantity;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of GB 18218-2018 identification and grading that must hold for any inventory, each checked for
 * {@value org.chemsafe.support.PropertyRunner#DEFAULT_CASES} seeded cases (see {@code PropertyRunner}).
 */
class Gb18218PropertyTests {

    private static final List<String> OTHER_NAMES = List.of("某溶剂", "未列名物质", "一氧化碳");

    @Test
    void raisingAQuantityNeverLowersSOrRNorEasesTheLevel() {
        forAll(random -> {
            List<SubstanceQuantity> inventory = inventory(random);
            int people = random.intBetween(0, 1000);
            int index = random.intBetween(0, 7) % inventory.size();
            BigDecimal increase = tonnes(random);
            List<SubstanceQuantity> raised = new ArrayList<>(inventory);
            SubstanceQuantity substance = inventory.get(index);
            raised.set(index, new SubstanceQuantity(substance.cas(), substance.name(), substance.hazardCategories(),
                    substance.quantityTonnes().add(increase)));

            assertNoEasier(assess(people, inventory), assess(people, raised));
        });
    }

    @Test
    void moreExposedPeopleNeverLowerRNorEaseTheLevel() {
        forAll(random -> {
            List<SubstanceQuantity> inventory = inventory(random);
            int people = random.intBetween(0, 1000);
            int more = random.intBetween(0, 200);
            AssessmentResult before = assess(people, inventory);
            AssessmentResult after = assess(people + more, inventory);

            assertThat(after.sumRatio()).isEqualByComparingTo(before.sumRatio());
            assertNoEasier(before, after);
        });
    }

    @Test
    void sIsAdditive() {
        forAll(random -> {
            List<SubstanceQuantity> first = exactInventory(random);
            List<SubstanceQuantity> second = exactInventory(random);
            List<SubstanceQuantity> both = new ArrayList<>(first);
            both.addAll(second);
            BigDecimal sum = assess(10, first).sumRatio().add(assess(10, second).sumRatio());

            AssessmentResult combined = assess(10, both);
            assertThat(combined.sumRatio()).isEqualByComparingTo(sum);
            assertThat(combined.majorHazard()).isEqualTo(sum.compareTo(BigDecimal.ONE) >= 0);
        });
    }

    @Test
    void theLevelIsMonotoneInR() {
        forAll(random -> {
            BigDecimal one = r(random);
            BigDecimal other = r(random);
            MajorHazardLevel lower = Gb18218Engine.levelOf(Rational.of(one.min(other)));
            MajorHazardLevel higher = Gb18218Engine.levelOf(Rational.of(one.max(other)));

            assertThat(higher.number()).as("a higher R (%s, %s) is at least as severe", one, other)
                    .isLessThanOrEqualTo(lower.number());
        });
    }

    /** Every row of Table 1, not a sample. */
    @ParameterizedTest
    @MethodSource("table1")
    void everyTable1SubstanceResolvesByNameAndByCas(Table1Substance row) {
        assertResolvesTo(row, new SubstanceQuantity(null, row.name(), null, BigDecimal.ONE));
        for (String cas : row.casNumbers()) {
            SubstanceQuantity byCas = new SubstanceQuantity(cas, null, null, BigDecimal.ONE);
            if (TABLES.table1().withCas(cas).size() == 1) {
                assertResolvesTo(row, byCas);
            } else {
                assertThatThrownBy(() -> assess(10, byCas)).isInstanceOf(ProblemException.class);
                assertResolvesTo(row, new SubstanceQuantity(cas, row.name(), null, BigDecimal.ONE));
            }
        }
        row.otherNames().stream().filter(name -> TABLES.table1().named(name).size() == 1).forEach(
                name -> assertResolvesTo(row, new SubstanceQuantity(null, name, null, BigDecimal.ONE)));
    }

    private static void assertResolvesTo(Table1Substance row, SubstanceQuantity substance) {
        AssessedSubstance item = assess(10, substance).items().get(0);
        assertThat(item.table1Row()).as(substance.toString()).isEqualTo(row.seq());
        assertThat(item.criticalQuantityTonnes()).isEqualByComparingTo(row.criticalTonnes());
    }

    /** The second assessment is at least as severe: S and R not lower, a level at least as severe. */
    private static void assertNoEasier(AssessmentResult before, AssessmentResult after) {
        assertThat(after.sumRatio()).isGreaterThanOrEqualTo(before.sumRatio());
        assertThat(after.r()).isGreaterThanOrEqualTo(before.r());
        if (before.level() != null) {
            assertThat(after.level()).isNotNull();
            assertThat(after.level().number()).isLessThanOrEqualTo(before.level().number());
        }
    }

    static List<Table1Substance> table1() {
        return TABLES.table1().rows();
    }

    /** 1–8 substances, each with a β (so R exists): Table 1 substances by name and others by category. */
    private static List<SubstanceQuantity> inventory(SeededRandom random) {
        List<Table1Substance> rows = TABLES.table1().rows();
        return random.listOf(1, 8, () -> {
            // as often a Table 1 name as one of the others, whatever the number of rows
            String name = random.intBetween(0, 1) == 0 ? random.oneOf(rows).name() : random.oneOf(OTHER_NAMES);
            List<HazardCategory> categories = random.distinct(HazardCategory.class, 1, 3);
            return new SubstanceQuantity(null, name, categories, tonnes(random));
        });
    }

    /** Table 1 substances whose quantities are whole ten-thousandths of Q, so every q/Q is exact to 4 places. */
    private static List<SubstanceQuantity> exactInventory(SeededRandom random) {
        return random.listOf(0, 8, () -> {
            Table1Substance row = random.oneOf(TABLES.table1().rows());
            int parts = random.intBetween(0, 200_000);
            return new SubstanceQuantity(null, row.name(), null,
                    row.criticalTonnes().multiply(BigDecimal.valueOf(parts)).movePointLeft(4));
        });
    }

    private static BigDecimal tonnes(SeededRandom random) {
        return random.decimalBetween(BigDecimal.ZERO, new BigDecimal("100000"), 3);
    }

    /** R from 0 to 500, the level boundaries 10, 50 and 100 tried now and then. */
    private static BigDecimal r(SeededRandom random) {
        return random.decimalBetween(BigDecimal.ZERO, new BigDecimal("500"), 4, BigDecimal.TEN, new BigDecimal(50),
                new BigDecimal(100));
    }
}
