package org.chemsafe.majorhazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemsafe.majorhazard.internal.Inventories.TABLES;
import static org.chemsafe.majorhazard.internal.Inventories.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.majorhazard.AssessedSubstance;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.HazardCategory;
import org.chemsafe.majorhazard.MajorHazardLevel;
import org.chemsafe.majorhazard.SubstanceQuantity;
import org.chemsafe.shared.ProblemException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of GB 18218-2018 identification and grading that must hold for any inventory. */
class Gb18218PropertyTests {

    @Property
    void raisingAQuantityNeverLowersSOrRNorEasesTheLevel(@ForAll("inventories") List<SubstanceQuantity> inventory,
            @ForAll @IntRange(max = 1000) int people, @ForAll @IntRange(max = 7) int which,
            @ForAll("tonnes") BigDecimal increase) {
        int index = which % inventory.size();
        List<SubstanceQuantity> raised = new ArrayList<>(inventory);
        SubstanceQuantity substance = inventory.get(index);
        raised.set(index, new SubstanceQuantity(substance.cas(), substance.name(), substance.hazardCategories(),
                substance.quantityTonnes().add(increase)));

        assertNoEasier(assess(people, inventory), assess(people, raised));
    }

    @Property
    void moreExposedPeopleNeverLowerRNorEaseTheLevel(@ForAll("inventories") List<SubstanceQuantity> inventory,
            @ForAll @IntRange(max = 1000) int people, @ForAll @IntRange(max = 200) int more) {
        AssessmentResult before = assess(people, inventory);
        AssessmentResult after = assess(people + more, inventory);

        assertThat(after.sumRatio()).isEqualByComparingTo(before.sumRatio());
        assertNoEasier(before, after);
    }

    @Property
    void sIsAdditive(@ForAll("exactInventories") List<SubstanceQuantity> first,
            @ForAll("exactInventories") List<SubstanceQuantity> second) {
        List<SubstanceQuantity> both = new ArrayList<>(first);
        both.addAll(second);
        BigDecimal sum = assess(10, first).sumRatio().add(assess(10, second).sumRatio());

        AssessmentResult combined = assess(10, both);
        assertThat(combined.sumRatio()).isEqualByComparingTo(sum);
        assertThat(combined.majorHazard()).isEqualTo(sum.compareTo(BigDecimal.ONE) >= 0);
    }

    @Property
    void theLevelIsMonotoneInR(@ForAll("r") BigDecimal one, @ForAll("r") BigDecimal other) {
        MajorHazardLevel lower = Gb18218Engine.levelOf(Rational.of(one.min(other)));
        MajorHazardLevel higher = Gb18218Engine.levelOf(Rational.of(one.max(other)));

        assertThat(higher.number()).as("a higher R is at least as severe").isLessThanOrEqualTo(lower.number());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyTable1SubstanceResolvesByNameAndByCas(@ForAll("table1") Table1Substance row) {
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

    /** 1–8 substances, each with a β (so R exists): Table 1 substances by name and others by category. */
    @Provide
    Arbitrary<List<SubstanceQuantity>> inventories() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(TABLES.table1().rows()).map(Table1Substance::name),
                Arbitraries.of("某溶剂", "未列名物质", "一氧化碳"));
        return Combinators.combine(names, categories(), tonnes())
                .as((name, categories, tonnes) -> new SubstanceQuantity(null, name, categories, tonnes))
                .list().ofMinSize(1).ofMaxSize(8);
    }

    /** Table 1 substances whose quantities are whole ten-thousandths of Q, so every q/Q is exact to 4 places. */
    @Provide
    Arbitrary<List<SubstanceQuantity>> exactInventories() {
        return Combinators.combine(Arbitraries.of(TABLES.table1().rows()), Arbitraries.integers().between(0, 200_000))
                .as((row, parts) -> new SubstanceQuantity(null, row.name(), null,
                        row.criticalTonnes().multiply(BigDecimal.valueOf(parts)).movePointLeft(4)))
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<BigDecimal> tonnes() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> r() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(4)
                .edgeCases(edges -> edges.add(BigDecimal.TEN, new BigDecimal(50), new BigDecimal(100)));
    }

    @Provide
    Arbitrary<Table1Substance> table1() {
        return Arbitraries.of(TABLES.table1().rows());
    }

    private static Arbitrary<List<HazardCategory>> categories() {
        return Arbitraries.of(HazardCategory.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
    }
}
