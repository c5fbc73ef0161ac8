package org.chemsafe.alarm.internal;

/**
 * The cause of an alarm as its disposal records it: a process upset, an equipment or instrument fault, an operating
 * error, a leak, maintenance work, a false alarm, or another cause the measures describe.
 */
enum CauseCategory {
    PROCESS_UPSET, EQUIPMENT_FAULT, INSTRUMENT_FAULT, OPERATING_ERROR, LEAK, MAINTENANCE, FALSE_ALARM, OTHER
}
