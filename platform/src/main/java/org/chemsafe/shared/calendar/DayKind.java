package org.chemsafe.shared.calendar;

/** What a calendar day is for work: the national holiday arrangement decides weekends and holiday periods. */
public enum DayKind {
    /** A working day: Monday to Friday outside holiday periods, or a weekend day made a working day (调休上班). */
    WORKING_DAY,
    /** A weekend day (休息日) that is not made a working day and lies outside holiday periods. */
    REST_DAY,
    /** A day of a holiday period (节假日) announced by the State Council, including the days moved into it. */
    HOLIDAY
}
