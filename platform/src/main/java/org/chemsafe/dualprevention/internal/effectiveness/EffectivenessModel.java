package org.chemsafe.dualprevention.internal.effectiveness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.shared.ReferenceCsv;

/**
 * The parameters of the effectiveness score E = (A + B) × α (domain file §8), which no source fixes: the weights of
 * A and B, the deductions for 包保 occurrences not done and for too few hidden dangers reported, the grade cut-offs
 * and which veto items (否决项) apply. Defaults in {@code resources/dualprevention/effectiveness-model.csv}.
 *
 * @param fewDangersPer30Days the fewest hidden dangers reported in 30 days (pro rata over the period, rounded up)
 * @param gradeExcellent      优 from this score (inclusive), 良 from {@code gradeGood}, 中 from {@code gradeFair}
 * @param vetoes              the veto items that are on
 */
record EffectivenessModel(BigDecimal taskWeight, BigDecimal accountableDeduction, BigDecimal accountableDeductionCap,
        BigDecimal dangerWeight, BigDecimal fewDangersPer30Days, BigDecimal fewDangersDeduction,
        BigDecimal gradeExcellent, BigDecimal gradeGood, BigDecimal gradeFair, List<VetoItem> vetoes) {

    static final String RESOURCE = "dualprevention/effectiveness-model.csv";
    static final List<String> HEADER = List.of("parameter", "value", "meaning");

    EffectivenessModel {
        vetoes = vetoes.stream().distinct().sorted().toList();
        List<String> problems = new ArrayList<>();
        if (gradeExcellent.compareTo(gradeGood) <= 0 || gradeGood.compareTo(gradeFair) <= 0) {
            problems.add("the grade cut-offs fall from excellent to good to fair");
        }
        if (gradeExcellent.compareTo(taskWeight.add(dangerWeight)) > 0) {
            problems.add("the excellent cut-off lies within the full score (task-weight + danger-weight)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + String.join("; ", problems));
        }
    }

    /** The shipped defaults; the platform does not start on a broken file. */
    static EffectivenessModel defaults() {
        return of(ReferenceCsv.fromClasspath(RESOURCE, HEADER));
    }

    static EffectivenessModel of(ReferenceCsv csv) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (ReferenceCsv.Row row : csv.rows()) {
            BigDecimal value;
            try {
                value = new BigDecimal(row.text("value"));
            } catch (NumberFormatException ex) {
                throw row.invalid("the value is a number");
            }
            if (value.signum() < 0) {
                throw row.invalid("the value is not negative");
            }
            if (values.put(row.text("parameter"), value) != null) {
                throw row.invalid(row.text("parameter") + " is listed twice");
            }
        }
        List<VetoItem> vetoes = new ArrayList<>();
        for (VetoItem veto : VetoItem.values()) {
            if (value(values, veto.parameter()).signum() > 0) {
                vetoes.add(veto);
            }
        }
        return new EffectivenessModel(value(values, "task-weight"), value(values, "accountable-deduction"),
                value(values, "accountable-deduction-cap"), value(values, "danger-weight"),
                value(values, "few-dangers-per-30-days"), value(values, "few-dangers-deduction"),
                value(values, "grade-excellent"), value(values, "grade-good"), value(values, "grade-fair"), vetoes);
    }

    private static BigDecimal value(Map<String, BigDecimal> values, String parameter) {
        BigDecimal value = values.get(parameter);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + ": the parameter " + parameter + " is missing");
        }
        return value;
    }
}
