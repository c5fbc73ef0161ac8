package org.chemsafe.alarm;

/**
 * The catalogue of alarm types; each is raised by one module. Monitoring: a process value above its high limits
 * ({@code HIGH}, {@code HIGH_HIGH}) or below its low limits ({@code LOW}, {@code LOW_LOW}), communication loss,
 * flatline, out of the instrument's range.
 */
public enum AlarmType {
    PROCESS_HIGH, PROCESS_LOW, COMM_LOSS, FLATLINE, OUT_OF_RANGE
}
