package org.chemsafe.permit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rules make of a gas analysis.
 *
 * @param reasons          why it does not pass; empty when it passes
 * @param validUntil       the latest start or resumption this analysis allows: 30 min after its oldest sample
 *                         (5.3.1 c, 6.3 a)
 * @param retestRequiredAt when the next reading is due once work runs: 2 h for confined space and 特级 hot work
 *                         (continuous monitoring logged every 2 h, 6.5, 5.3.1 d), the next day for other hot work
 *                         (daily re-analysis, 5.3.1 d); null for temporary power, which has no re-test rule
 */
record GasVerdict(List<Finding> reasons, OffsetDateTime validUntil, @Nullable OffsetDateTime retestRequiredAt) {

    GasVerdict {
        reasons = List.copyOf(reasons);
    }

    boolean pass() {
        return reasons.isEmpty();
    }
}
