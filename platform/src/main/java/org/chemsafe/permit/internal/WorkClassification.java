package org.chemsafe.permit.internal;

import java.time.Duration;
import java.util.List;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * What the rules make of planned work.
 *
 * @param grade               the grade the work is managed at; null for an ungraded type or work below 2 m
 * @param baseGrade           the grade from the place, height or mass alone, before upgrades and additions
 * @param upgradeReasons      why {@code grade} is higher than {@code baseGrade}
 * @param exemption           why no permit is needed (work below 2 m, a lift under 10 t); null when one is
 * @param maxValidity         the longest the permit may run
 * @param approver            who approves it (Table B.1)
 * @param gasAnalysisRequired a passing gas analysis is needed before the work starts
 * @param weatherStop         weather that forbids the work now; null when none
 * @param violations          what the plan breaks (a validity too long, temporary power outlasting its work)
 */
record WorkClassification(WorkType type, @Nullable WorkGrade grade, @Nullable WorkGrade baseGrade,
        List<Finding> upgradeReasons, @Nullable Finding exemption, Duration maxValidity,
        @Nullable ApproverRole approver, boolean gasAnalysisRequired, @Nullable Finding weatherStop,
        List<Finding> violations) {

    WorkClassification {
        upgradeReasons = List.copyOf(upgradeReasons);
        violations = List.copyOf(violations);
    }
}
