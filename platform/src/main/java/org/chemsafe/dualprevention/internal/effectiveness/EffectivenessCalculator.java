package org.chemsafe.dualprevention.internal.effectiveness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * E = (A + B) × α after the model cited in domain file §8, with the platform's choices where it is silent:
 * <ul>
 * <li>A = completed / planned × task weight − min(cap, deduction × 包保 occurrences not done), not below 0; without a
 * planned occurrence A is 0 (and the veto NO_TASKS applies when on).</li>
 * <li>B = accepted / due × danger weight − (too few reported ? deduction : 0), not below 0; with no hidden danger due
 * the ratio counts as 1 (nothing was left unrectified), which is why too few reports cost points. Too few is fewer
 * than {@code few-dangers-per-30-days} × days / 30, rounded up.</li>
 * <li>α = 0 when a veto item that the model turns on applies, else 1.</li>
 * <li>E is rounded half up to two decimals, and graded on that figure: 优 from the excellent cut-off, 良 from the
 * good one, 中 from the fair one, else 差.</li>
 * </ul>
 * Pure: inputs in, score out.
 */
final class EffectivenessCalculator {

    private static final int SCALE = 2;
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private EffectivenessCalculator() {
    }

    static EffectivenessScore score(EffectivenessModel model, UUID enterpriseId, LocalDate from, LocalDate to,
            EffectivenessInputs in) {
        BigDecimal taskBase = in.plannedTasks() == 0 ? BigDecimal.ZERO
                : ratio(in.completedTasks(), in.plannedTasks()).multiply(model.taskWeight());
        BigDecimal taskDeduction = model.accountableDeduction().multiply(BigDecimal.valueOf(in.accountableMissed()))
                .min(model.accountableDeductionCap());
        EffectivenessScore.TaskPart tasks = new EffectivenessScore.TaskPart(in.plannedTasks(), in.completedTasks(),
                in.accountableMissed(), rounded(taskBase), rounded(taskDeduction), floored(taskBase, taskDeduction));

        BigDecimal dangerBase = in.dangersDue() == 0 ? model.dangerWeight()
                : ratio(in.dangersAccepted(), in.dangersDue()).multiply(model.dangerWeight());
        int minimum = model.fewDangersPer30Days().multiply(BigDecimal.valueOf(in.periodDays()))
                .divide(THIRTY, 0, RoundingMode.CEILING).intValueExact();
        BigDecimal dangerDeduction = in.dangersReported() < minimum ? model.fewDangersDeduction() : BigDecimal.ZERO;
        EffectivenessScore.DangerPart dangers = new EffectivenessScore.DangerPart(in.dangersDue(),
                in.dangersAccepted(), in.dangersReported(), minimum, rounded(dangerBase), rounded(dangerDeduction),
                floored(dangerBase, dangerDeduction));

        List<VetoItem> vetoes = new ArrayList<>();
        if (model.vetoes().contains(VetoItem.NO_TASKS) && in.plannedTasks() == 0) {
            vetoes.add(VetoItem.NO_TASKS);
        }
        if (model.vetoes().contains(VetoItem.MAJOR_OVERDUE) && in.majorDangersOverdue() > 0) {
            vetoes.add(VetoItem.MAJOR_OVERDUE);
        }
        int alpha = vetoes.isEmpty() ? 1 : 0;
        BigDecimal score = rounded(tasks.score().add(dangers.score()).multiply(BigDecimal.valueOf(alpha)));
        return new EffectivenessScore(enterpriseId, from, to, score, grade(model, score), alpha, List.copyOf(vetoes),
                tasks, dangers, model);
    }

    static EffectivenessGrade grade(EffectivenessModel model, BigDecimal score) {
        if (score.compareTo(model.gradeExcellent()) >= 0) {
            return EffectivenessGrade.EXCELLENT;
        }
        if (score.compareTo(model.gradeGood()) >= 0) {
            return EffectivenessGrade.GOOD;
        }
        return score.compareTo(model.gradeFair()) >= 0 ? EffectivenessGrade.FAIR : EffectivenessGrade.POOR;
    }

    private static BigDecimal ratio(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    private static BigDecimal floored(BigDecimal base, BigDecimal deduction) {
        return rounded(base.subtract(deduction).max(BigDecimal.ZERO));
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
