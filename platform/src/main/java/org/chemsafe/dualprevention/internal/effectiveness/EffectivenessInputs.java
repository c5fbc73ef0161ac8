package org.chemsafe.dualprevention.internal.effectiveness;

/**
 * What an enterprise did in a period, counted from its records.
 *
 * @param plannedTasks        计划完成任务数: occurrences that started in the period and closed by its end (or now)
 * @param completedTasks      已完成任务数: those of them with a record
 * @param accountableMissed   those of them of 包保 tasks (work type 1–3) without a record
 * @param dangersDue          应整改隐患数: hidden dangers whose rectification fell due in the period
 * @param dangersAccepted     已验收隐患数: those of them accepted by the period's end
 * @param dangersReported     hidden dangers reported in the period
 * @param periodDays          the days of the period
 * @param majorDangersOverdue 重大 hidden danger due in or before the period being rectified past their deadline
 */
record EffectivenessInputs(int plannedTasks, int completedTasks, int accountableMissed, int dangersDue,
        int dangersAccepted, int dangersReported, int periodDays, int majorDangersOverdue) {
}
