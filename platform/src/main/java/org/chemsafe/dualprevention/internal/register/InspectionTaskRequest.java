package org.chemsafe.dualprevention.internal.register;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.WorkDayType;
import org.jspecify.annotations.Nullable;

/**
 * An inspection task (隐患排查任务) of a control measure with the national fields (domain file §2.1, §3). Times are
 * the plant's local time.
 *
 * @param workStartTime the daily work window, required for an hourly cycle and empty otherwise
 * @param workType      0 日常任务, 1 主要负责人, 2 技术负责人, 3 操作负责人 (包保) task
 * @param taskNum       the 包保 checklist item, required for work types 1–3: 1–9, 1–9, 1–10; empty for 0
 * @param assigneeId    the user who does the task's rounds (an enabled user of the task's enterprise), if any
 * @param assigneeRole  or the post: the role (an enterprise role's code) every holder of which in the enterprise does
 *                      the rounds, e.g. OPERATOR for the shift's operators; not with an assignee
 */
record InspectionTaskRequest(@NotBlank @Size(max = 500) String troubleshootContent,
        @NotNull @Min(1) @Max(InspectionTaskRequest.MAX_CYCLE) Integer checkCycle, @NotNull CycleUnit checkCycleUnit,
        @NotNull LocalDateTime taskStartTime, @Nullable LocalTime workStartTime, @Nullable LocalTime workEndTime,
        @NotNull WorkDayType workDayType, @NotNull @Min(0) @Max(3) Integer workType, @Nullable Integer taskNum,
        @Nullable UUID assigneeId, @Nullable @Size(max = 32) String assigneeRole) {

    static final int MAX_CYCLE = 1000;
}
