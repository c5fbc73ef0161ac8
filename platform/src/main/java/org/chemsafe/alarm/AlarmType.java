package org.chemsafe.alarm;

/**
 * The catalogue of alarm types; each is raised by one module. Monitoring: a process value above its high limits
 * ({@code HIGH}, {@code HIGH_HIGH}) or below its low limits ({@code LOW}, {@code LOW_LOW}), communication loss,
 * flatline, out of the instrument's range. Permits: a permit's validity ran out before its work was completed (the
 * work must stop; GB 30871-2022 5.1.5, 6.10, 8.2.11, 10.8), raised and returned at once as an event that people
 * acknowledge and dispose; the gas reading of confined-space or 特级 hot work in progress is overdue (a reading at
 * least every 2 h, 5.3.1 d and 6.5), raised while it is and returned once a reading is logged or the work stops. Dual prevention: a hidden danger's rectification (限期整改) is past its deadline, raised the
 * day after the deadline and returned when it is reported rectified (or its deadline moved); an inspection task's
 * occurrence closed without a record (未排查), raised and returned at once at the window's end, as an event people
 * acknowledge and dispose (a task missed again before that counts another occurrence of the same alarm).
 */
public enum AlarmType {
    PROCESS_HIGH, PROCESS_LOW, COMM_LOSS, FLATLINE, OUT_OF_RANGE, PERMIT_EXPIRED, GAS_READING_OVERDUE,
    RECTIFICATION_OVERDUE, MISSED_INSPECTION
}
