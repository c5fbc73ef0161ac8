package org.chemsafe.dualprevention.internal.inspection;

/** Where an occurrence of an inspection task stands at a moment. */
enum OccurrenceState {
    /** Its window has not opened yet. */
    UPCOMING,
    /** Its window is open and nothing is recorded yet. */
    DUE,
    /** A record names it (whenever the check was done). */
    DONE,
    /** 未排查 (national checkStatus 2): its window closed without a record. */
    MISSED,
    /**
     * Without a record, and its task's production unit was stopped (停用) or under overhaul (检修) at some time of its
     * window: neither due nor missed.
     */
    PAUSED
}
