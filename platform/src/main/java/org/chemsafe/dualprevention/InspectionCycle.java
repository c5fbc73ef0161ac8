package org.chemsafe.dualprevention;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * When an inspection task falls due, with the national task fields (domain file §2.1): every {@code checkCycle}
 * {@code unit}s from {@code taskStartTime}, on the days {@code workDayType} allows. Times are the plant's local time
 * (the work calendar's zone), as the exchange data carries them.
 *
 * @param workStartTime the daily work window's start, required for an hourly cycle and ignored otherwise
 * @param workEndTime   the daily work window's end; at or before the start it ends on the next day (a night shift,
 *                      or all day when equal)
 */
public record InspectionCycle(int checkCycle, CycleUnit unit, LocalDateTime taskStartTime,
        @Nullable LocalTime workStartTime, @Nullable LocalTime workEndTime, WorkDayType workDayType) {

    public InspectionCycle {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(taskStartTime, "taskStartTime");
        Objects.requireNonNull(workDayType, "workDayType");
        if (checkCycle < 1) {
            throw new IllegalArgumentException("checkCycle must be at least 1, was " + checkCycle);
        }
        if (unit == CycleUnit.HOUR && (workStartTime == null || workEndTime == null)) {
            throw new IllegalArgumentException("an hourly cycle needs workStartTime and workEndTime");
        }
    }
}
