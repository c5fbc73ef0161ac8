package org.chemsafe.permit.internal;

import java.util.List;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code POST /api/v1/permits/rules/classify}; see {@link WorkClassification} for the meaning of each
 * part. {@code permitRequired} is false for work below 2 m and lifts under 10 t ({@code exemption} says why).
 */
record ClassificationView(WorkType type, @Nullable WorkGrade grade, @Nullable WorkGrade baseGrade,
        List<RuleFinding> upgradeReasons, boolean permitRequired, @Nullable RuleFinding exemption,
        long maxValidityMinutes, @Nullable ApproverRole approverRole, boolean gasAnalysisRequired,
        @Nullable RuleFinding weatherStop, List<RuleFinding> violations) {
}
