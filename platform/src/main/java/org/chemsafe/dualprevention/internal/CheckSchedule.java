package org.chemsafe.dualprevention.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * When an inspection task is due, in the national task's terms (section 2.1 of the domain notes), in the plant's local
 * time.
 *
 * @param checkCycle     the interval between occurrences, in {@code checkCycleUnit}s (> 0)
 * @param checkCycleUnit hour, day, month or year
 * @param taskStartTime  the first occurrence (and the anchor of the later ones)
 * @param workStartTime  hourly tasks: when the day's work window opens (required for HOUR)
 * @param workEndTime    hourly tasks: when it closes; earlier than the start means it closes the next day
 * @param workDayType    which days the task is due on
 */
@ValidCheckSchedule
record CheckSchedule(
        @NotNull @Positive @Max(10_000) Integer checkCycle,
        @NotNull CheckCycleUnit checkCycleUnit,
        @NotNull LocalDateTime taskStartTime,
        @Nullable LocalTime workStartTime,
        @Nullable LocalTime workEndTime,
        @NotNull WorkDayType workDayType) {
}
