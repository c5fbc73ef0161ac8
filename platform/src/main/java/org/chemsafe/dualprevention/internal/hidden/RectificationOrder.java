package org.chemsafe.dualprevention.internal.hidden;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The order to rectify a hidden danger, under the national field names. For a 重大 hidden danger it is also the
 * rectification plan (整改方案) with its five fixed items: measures, funds, deadline, responsibility and the
 * contingency plan (安全措施和应急预案) for the time until the danger is gone.
 *
 * @param cost             the funds, 万元 as in the Shandong constants
 * @param contingencyPlan  the interim safety measures and emergency plan; required for a 重大 one
 */
public record RectificationOrder(DangerManageType dangerManageType, String liablePerson,
        @Nullable LocalDate dangerManageDeadline, String controlMeasures, @Nullable BigDecimal cost,
        @Nullable String contingencyPlan) {
}
