package org.chemsafe.dualprevention.internal.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chemsafe.shared.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * E = (A + B) × α on hand-worked examples with the shipped defaults (task and danger weights 50, 2 points per 包保
 * occurrence not done up to 20, 10 points for fewer than 1 hidden danger per 30 days, 优 ≥ 90, 良 ≥ 75, 中 ≥ 60); the
 * arithmetic is written next to each.
 */
class EffectivenessCalculatorTests {

    static final EffectivenessModel MODEL = EffectivenessModel.defaults();
    static final UUID ENTERPRISE = UUID.fromString("7f0c1d2e-3a4b-4c5d-8e6f-112233445566");
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void aTypicalMonth() {
        // A = 36 / 40 × 50 = 45, minus 3 包保 not done × 2 = 6 → 39
        // B = 4 / 5 × 50 = 40; 5 reported ≥ ⌈1 × 30 / 30⌉ = 1, no deduction → 40
        // E = (39 + 40) × 1 = 79 → 良
        EffectivenessScore score = score(new EffectivenessInputs(40, 36, 3, 5, 4, 5, 30, 0));
        assertThat(score.tasks().base()).isEqualByComparingTo("45");
        assertThat(score.tasks().deduction()).isEqualByComparingTo("6");
        assertThat(score.tasks().score()).isEqualByComparingTo("39");
        assertThat(score.dangers().base()).isEqualByComparingTo("40");
        assertThat(score.dangers().minimumReported()).isEqualTo(1);
        assertThat(score.dangers().deduction()).isEqualByComparingTo("0");
        assertThat(score.alpha()).isEqualTo(1);
        assertThat(score.score()).isEqualByComparingTo("79");
        assertThat(score.grade()).isEqualTo(EffectivenessGrade.GOOD);
        assertThat(score.vetoes()).isEmpty();
    }

    @Test
    void theAccountableDeductionStopsAtItsCapAndAIsNeverNegative() {
        // A = 20 / 30 × 50 = 33.333…, minus min(20, 11 × 2 = 22) = 20 → 13.33
        // B = 3 / 3 × 50 = 50 → E = 63.33 → 中
        EffectivenessScore capped = score(new EffectivenessInputs(30, 20, 11, 3, 3, 3, 30, 0));
        assertThat(capped.tasks().base()).isEqualByComparingTo("33.33");
        assertThat(capped.tasks().deduction()).isEqualByComparingTo("20");
        assertThat(capped.tasks().score()).isEqualByComparingTo("13.33");
        assertThat(capped.score()).isEqualByComparingTo("63.33");
        assertThat(capped.grade()).isEqualTo(EffectivenessGrade.FAIR);
        // A = 2 / 10 × 50 = 10, minus min(20, 8 × 2 = 16) = 16 → not below 0
        assertThat(score(new EffectivenessInputs(10, 2, 8, 1, 1, 1, 30, 0)).tasks().score())
                .isEqualByComparingTo("0");
    }

    @Test
    void tooFewHiddenDangersReportedCostTenPointsProRata() {
        // 31 days: at least ⌈1 × 31 / 30⌉ = 2 reports; 1 reported → B = 50 (none due) − 10 = 40
        // A = 10 / 10 × 50 = 50 → E = 90 → 优
        EffectivenessScore fewer = score(new EffectivenessInputs(10, 10, 0, 0, 0, 1, 31, 0));
        assertThat(fewer.dangers().minimumReported()).isEqualTo(2);
        assertThat(fewer.dangers().base()).isEqualByComparingTo("50");
        assertThat(fewer.dangers().deduction()).isEqualByComparingTo("10");
        assertThat(fewer.score()).isEqualByComparingTo("90");
        // both sides: 2 reported in 31 days are enough, 0 in 30 days are too few (1 needed)
        assertThat(score(new EffectivenessInputs(10, 10, 0, 0, 0, 2, 31, 0)).dangers().deduction())
                .isEqualByComparingTo("0");
        assertThat(score(new EffectivenessInputs(10, 10, 0, 0, 0, 0, 30, 0)).dangers().deduction())
                .isEqualByComparingTo("10");
        // 7 days: ⌈7 / 30⌉ = 1
        assertThat(score(new EffectivenessInputs(10, 10, 0, 0, 0, 0, 7, 0)).dangers().minimumReported())
                .isEqualTo(1);
    }

    @Test
    void gradesOnBothSidesOfEachCutOff() {
        // A = 80 / 100 × 50 = 40, B = 50 → 90 优; A = 3999 / 5000 × 50 = 39.99 → 89.99 良
        assertThat(grade(new EffectivenessInputs(100, 80, 0, 1, 1, 1, 30, 0))).isEqualTo(EffectivenessGrade.EXCELLENT);
        assertThat(grade(new EffectivenessInputs(5000, 3999, 0, 1, 1, 1, 30, 0))).isEqualTo(EffectivenessGrade.GOOD);
        // A = 50 / 100 × 50 = 25, B = 50 → 75 良; A = 2499 / 5000 × 50 = 24.99 → 74.99 中
        assertThat(grade(new EffectivenessInputs(100, 50, 0, 1, 1, 1, 30, 0))).isEqualTo(EffectivenessGrade.GOOD);
        assertThat(grade(new EffectivenessInputs(5000, 2499, 0, 1, 1, 1, 30, 0))).isEqualTo(EffectivenessGrade.FAIR);
        // A = 10 / 100 × 50 = 5, B = 50 → 55 差; A = 20 / 100 × 50 = 10 → 60 中
        assertThat(grade(new EffectivenessInputs(100, 10, 0, 1, 1, 1, 30, 0))).isEqualTo(EffectivenessGrade.POOR);
        assertThat(grade(new EffectivenessInputs(100, 20, 0, 1, 1, 1, 30, 0))).isEqualTo(EffectivenessGrade.FAIR);
    }

    @Test
    void aVetoItemMakesAlphaZeroButShowsWhatWasScored() {
        // A = 50, B = 1 / 2 × 50 = 25 → 75, but a 重大 hidden danger is overdue: α = 0, E = 0 → 差
        EffectivenessScore vetoed = score(new EffectivenessInputs(20, 20, 0, 2, 1, 2, 30, 1));
        assertThat(vetoed.tasks().score()).isEqualByComparingTo("50");
        assertThat(vetoed.dangers().score()).isEqualByComparingTo("25");
        assertThat(vetoed.alpha()).isZero();
        assertThat(vetoed.vetoes()).containsExactly(VetoItem.MAJOR_OVERDUE);
        assertThat(vetoed.score()).isEqualByComparingTo("0");
        assertThat(vetoed.grade()).isEqualTo(EffectivenessGrade.POOR);
        // no occurrence fell due: A = 0 and the mechanism did not run
        EffectivenessScore idle = score(new EffectivenessInputs(0, 0, 0, 0, 0, 1, 30, 0));
        assertThat(idle.tasks().base()).isEqualByComparingTo("0");
        assertThat(idle.vetoes()).containsExactly(VetoItem.NO_TASKS);
        assertThat(idle.score()).isEqualByComparingTo("0");
    }

    @Test
    void vetoItemsTurnedOffInTheModelDoNotApply() {
        EffectivenessModel lenient = model("veto-no-tasks,0", "veto-major-overdue,0");
        // A = 0 (no plan), B = 50 (none due, 1 reported) → 50 差, α = 1
        EffectivenessScore idle = EffectivenessCalculator.score(lenient, ENTERPRISE, FROM, TO,
                new EffectivenessInputs(0, 0, 0, 0, 0, 1, 30, 3));
        assertThat(idle.alpha()).isEqualTo(1);
        assertThat(idle.score()).isEqualByComparingTo("50");
        assertThat(lenient.vetoes()).isEmpty();
    }

    @Test
    void theShippedModelIsTheDocumentedOneAndABrokenOneStopsTheStart() {
        assertThat(MODEL.taskWeight()).isEqualByComparingTo("50");
        assertThat(MODEL.dangerWeight()).isEqualByComparingTo("50");
        assertThat(MODEL.accountableDeduction()).isEqualByComparingTo("2");
        assertThat(MODEL.accountableDeductionCap()).isEqualByComparingTo("20");
        assertThat(MODEL.fewDangersPer30Days()).isEqualByComparingTo("1");
        assertThat(MODEL.fewDangersDeduction()).isEqualByComparingTo("10");
        assertThat(List.of(MODEL.gradeExcellent(), MODEL.gradeGood(), MODEL.gradeFair())).extracting(BigDecimal::intValue)
                .containsExactly(90, 75, 60);
        assertThat(MODEL.vetoes()).containsExactly(VetoItem.NO_TASKS, VetoItem.MAJOR_OVERDUE);

        assertThatThrownBy(() -> model("grade-good,95")).hasMessageContaining("grade cut-offs");
        assertThatThrownBy(() -> model("task-weight,-1")).hasMessageContaining("not negative");
        assertThatThrownBy(() -> model("task-weight,fifty")).hasMessageContaining("a number");
        assertThatThrownBy(() -> EffectivenessModel.of(ReferenceCsv.parse("model.csv",
                "parameter,value,meaning\ntask-weight,50,A\n", EffectivenessModel.HEADER)))
                .hasMessageContaining("is missing");
    }

    /** The shipped model with some parameters replaced. */
    private static EffectivenessModel model(String... replacements) {
        StringBuilder text = new StringBuilder("parameter,value,meaning\n");
        for (ReferenceCsv.Row row : ReferenceCsv.fromClasspath(EffectivenessModel.RESOURCE, EffectivenessModel.HEADER)
                .rows()) {
            String value = row.text("value");
            for (String replacement : replacements) {
                if (replacement.startsWith(row.text("parameter") + ",")) {
                    value = replacement.substring(replacement.indexOf(',') + 1);
                }
            }
            text.append(row.text("parameter")).append(',').append(value).append(",x\n");
        }
        return EffectivenessModel.of(ReferenceCsv.parse("model.csv", text.toString(), EffectivenessModel.HEADER));
    }

    private static EffectivenessGrade grade(EffectivenessInputs inputs) {
        return score(inputs).grade();
    }

    private static EffectivenessScore score(EffectivenessInputs inputs) {
        return EffectivenessCalculator.score(MODEL, ENTERPRISE, FROM, TO, inputs);
    }
}
