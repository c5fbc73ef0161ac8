package org.chemsafe.monitoring.internal.collector;

/** Where a collector's connection to one source stands. */
public enum CollectorState {
    /** The source is disabled (or the collectors are turned off): nothing connects. */
    DISABLED,
    CONNECTING,
    CONNECTED,
    /** The last attempt or read failed; the next attempt waits for the back-off. */
    ERROR
}
