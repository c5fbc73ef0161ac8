package org.chemsafe.dualprevention.internal.effectiveness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An effectiveness score E = (A + B) × α with every input and step, so that it can be checked by hand.
 *
 * @param score  E, to two decimals
 * @param alpha  0 when a veto item applies, else 1
 * @param vetoes the veto items that apply
 * @param model  the parameters used
 */
record EffectivenessScore(UUID enterpriseId, LocalDate from, LocalDate to, BigDecimal score,
        EffectivenessGrade grade, int alpha, List<VetoItem> vetoes, TaskPart tasks, DangerPart dangers,
        EffectivenessModel model) {

    /**
     * A: planned inspection occurrences done.
     *
     * @param base      completed / planned × task weight (0 without a plan)
     * @param deduction for 包保 occurrences not done, at most the cap
     * @param score     base − deduction, not below 0
     */
    record TaskPart(int planned, int completed, int accountableMissed, BigDecimal base, BigDecimal deduction,
            BigDecimal score) {
    }

    /**
     * B: hidden dangers due that were accepted.
     *
     * @param minimumReported the fewest reports expected in the period
     * @param base            accepted / due × danger weight (the whole weight when none was due)
     * @param deduction       for too few reported
     * @param score           base − deduction, not below 0
     */
    record DangerPart(int due, int accepted, int reported, int minimumReported, BigDecimal base,
            BigDecimal deduction, BigDecimal score) {
    }
}
