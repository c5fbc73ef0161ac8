package org.chemsafe.dualprevention.internal.inspection;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An occurrence with the task it belongs to, for rounds and missed-check lists.
 *
 * @param workType     0 日常任务, 1–3 包保 (主要负责人, 技术负责人, 操作负责人)
 * @param assigneeRole the post (role) whose holders do the task, when it is assigned to one
 * @param occurrence the due window and its state
 */
record RoundOccurrence(UUID checkTaskId, UUID enterpriseId, UUID riskMeasureId, String troubleshootContent,
        int workType, @Nullable Integer taskNum, @Nullable UUID assigneeId, @Nullable String assigneeRole,
        OccurrenceView occurrence) {
}
