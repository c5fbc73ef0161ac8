package org.chemsafe.dualprevention.internal.register;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.InspectionCycle;
import org.chemsafe.dualprevention.WorkDayType;
import org.jspecify.annotations.Nullable;

/**
 * An inspection task (隐患排查任务) under the national field names, with the user who does its rounds.
 *
 * @param assigneeId   the user who does the task's rounds, if assigned
 * @param assigneeRole or the post (role) whose holders in the enterprise do them
 * @param hazardUnitId the production or storage unit its risk analysis unit belongs to, if linked: the task pauses
 *                     while that unit is stopped or under overhaul
 */
public record InspectionTaskView(UUID id, UUID enterpriseId, UUID riskMeasureId, String troubleshootContent,
        int checkCycle, CycleUnit checkCycleUnit, LocalDateTime taskStartTime, @Nullable LocalTime workStartTime,
        @Nullable LocalTime workEndTime, WorkDayType workDayType, int workType, @Nullable Integer taskNum,
        @Nullable UUID assigneeId, @Nullable String assigneeRole, @Nullable UUID hazardUnitId)
        implements RegisterRow {

    /** Whether it is a 包保 task (work type 1–3: 主要负责人, 技术负责人, 操作负责人). */
    public boolean accountable() {
        return workType > 0;
    }

    public InspectionCycle cycle() {
        return new InspectionCycle(checkCycle, checkCycleUnit, taskStartTime, workStartTime, workEndTime,
                workDayType);
    }
}
