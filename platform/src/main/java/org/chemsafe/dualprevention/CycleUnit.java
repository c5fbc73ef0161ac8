package org.chemsafe.dualprevention;

/**
 * The unit of an inspection task's cycle, national {@code checkCycleUnit} (小时 / 天 / 月 / 年, domain file §2.1): the
 * interval between the task's generated occurrences.
 */
public enum CycleUnit {
    /** 小时: occurrences every n hours inside the daily work window ({@code workStartTime}–{@code workEndTime}). */
    HOUR,
    /** 天. */
    DAY,
    /** 月: counted from the start date, a month end clamped (31 Jan + 1 month = 28 Feb, + 2 months = 31 Mar). */
    MONTH,
    /** 年. */
    YEAR
}
