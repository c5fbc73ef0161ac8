package org.chemsafe.alarm.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The recent raises of each open alarm (its first raise and every raise after a return to normal), in memory, on the
 * signals' event times: an alarm raised {@code raises} times within {@code window} chatters. ISA-18.2 TR5 and
 * EEMUA 191 take three times in one minute as the rule of thumb; the defaults follow it. The window keeps the alarms
 * raised most recently (at most {@link #CAPACITY}; closed alarms fall out as others are raised), so it stays bounded
 * however many alarms a plant has; a restart
 * starts it empty (an alarm chattering across one is flagged a minute later).
 */
final class ChatterWindow {

    static final int CAPACITY = 100_000;

    private final int raises;
    private final Duration window;
    private final Map<UUID, Deque<Instant>> times = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Deque<Instant>> eldest) {
            return size() > CAPACITY;
        }
    };

    ChatterWindow(int raises, Duration window) {
        if (raises < 2) {
            throw new IllegalArgumentException("chattering needs at least two raises: " + raises);
        }
        this.raises = raises;
        this.window = window;
    }

    /** Counts one raise of the alarm at {@code at}; true when the alarm chatters with it. */
    synchronized boolean raised(UUID alarm, Instant at) {
        Deque<Instant> recent = times.computeIfAbsent(alarm, id -> new ArrayDeque<>());
        Instant since = at.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        recent.addLast(at);
        if (recent.size() > raises) {
            recent.removeFirst();
        }
        return recent.size() >= raises;
    }
}
