package org.chemsafe.dualprevention.internal.hidden;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A hidden danger under the national field names, with its lifecycle status, the national {@code dangerState} that
 * follows from it, and whether its rectification is past its deadline.
 *
 * @param checkRecordId the inspection record (排查记录) whose check found it, if any
 * @param majorCriterion the item of the 20 criteria of a major hidden danger (安监总管三〔2017〕121号) it was judged by
 * @param overdue being rectified (限期整改) after its {@code dangerManageDeadline}, a day in the plant's zone
 */
public record HiddenDangerView(UUID id, UUID enterpriseId, @Nullable UUID riskMeasureId,
        @Nullable UUID checkRecordId, @Nullable String hazardCode, String dangerName, int dangerSrc,
        int hazardDangerType, String dangerDesc, @Nullable String dangerReason, List<UUID> dangerImg, String registrant, Instant registTime, HiddenDangerStatus status, int dangerState,
        @Nullable DangerLevel dangerLevel, @Nullable DangerManageType dangerManageType, @Nullable String liablePerson,
        @Nullable LocalDate dangerManageDeadline, @Nullable String controlMeasures, @Nullable BigDecimal cost,
        @Nullable String contingencyPlan, List<UUID> dangerAcceptImg, @Nullable String checkAcceptPerson,
        @Nullable Instant checkAcceptTime, @Nullable String checkAcceptComment, @Nullable Integer majorCriterion,
        boolean overdue) {
}
