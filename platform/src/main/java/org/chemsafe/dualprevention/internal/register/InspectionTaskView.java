package org.chemsafe.dualprevention.internal.register;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.chemsafe.dualprevention.CycleUnit;
import org.chemsafe.dualprevention.InspectionCycle;
import org.chemsafe.dualprevention.WorkDayType;
import org.jspecify.annotations.Nullable;

record InspectionTaskView(UUID id, UUID enterpriseId, UUID riskMeasureId, String troubleshootContent, int checkCycle,
        CycleUnit checkCycleUnit, LocalDateTime taskStartTime, @Nullable LocalTime workStartTime,
        @Nullable LocalTime workEndTime, WorkDayType workDayType, int workType, @Nullable Integer taskNum)
        implements RegisterRow {

    InspectionCycle cycle() {
        return new InspectionCycle(checkCycle, checkCycleUnit, taskStartTime, workStartTime, workEndTime,
                workDayType);
    }
}
