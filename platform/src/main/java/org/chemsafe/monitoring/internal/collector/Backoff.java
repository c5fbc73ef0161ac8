package org.chemsafe.monitoring.internal.collector;

import java.time.Duration;

/** The wait before the next reconnect attempt: doubles after each failure, from a minimum to a maximum. */
public final class Backoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    public Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** The wait before this attempt; the one after it is twice as long (at most the maximum). */
    public synchronized Duration next() {
        Duration wait = next;
        next = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
        return wait;
    }

    /** After a success: the next failure waits the minimum again. */
    public synchronized void reset() {
        next = min;
    }
}
