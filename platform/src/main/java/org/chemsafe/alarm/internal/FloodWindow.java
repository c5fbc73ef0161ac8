package org.chemsafe.alarm.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The raise notices of each group (an enterprise's plant object) in a sliding window, in memory: a group that had more
 * than the threshold within the window is in flood. EEMUA 191 calls more than 10 alarms in 10 minutes per operator a
 * flood; the defaults follow it. Times are the escalation passes' times; the window forgets everything older, and a
 * restart starts it empty (at worst a flood's first notices after a restart go out one by one).
 */
final class FloodWindow {

    private final int threshold;
    private final Duration window;
    private final Map<String, Deque<Instant>> raises = new HashMap<>();

    FloodWindow(int threshold, Duration window) {
        this.threshold = threshold;
        this.window = window;
    }

    /** Counts one raise of the group at {@code at}; true when the group is in flood with it. */
    boolean raised(String group, Instant at) {
        Deque<Instant> times = raises.computeIfAbsent(group, key -> new ArrayDeque<>());
        forgetBefore(times, at.minus(window));
        times.addLast(at);
        return times.size() > threshold;
    }

    /** Drops the groups with nothing left in the window at {@code now}. */
    void forget(Instant now) {
        Instant since = now.minus(window);
        raises.values().forEach(times -> forgetBefore(times, since));
        raises.values().removeIf(Deque::isEmpty);
    }

    private static void forgetBefore(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
