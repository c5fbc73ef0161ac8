package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.alarm.AlarmType;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality alarm rules of one point over its samples, on the samples' own times, pure: out of the instrument
 * range ({@code OUT_OF_RANGE}, raised by a sample outside the range, returned by the next one inside), and flatline
 * ({@code FLATLINE}: an analog value unchanged for longer than the configured time, returned when it changes). No
 * standard fixes these rules (monitoring-and-alarms.md §7 item 2); they follow the data-quality page's states. A
 * sample older than the newest one seen is late and changes nothing. Communication loss is judged on the wall clock
 * by {@link QualityAlarms}; a sample after it returns it.
 */
final class QualityRule {

    /** What the rules know of a point after its newest sample. */
    record Watch(Instant lastSample, boolean outOfRange, double value, Instant unchangedSince, boolean flatlined,
            boolean commLost) {

        Watch commLost(boolean lost) {
            return new Watch(lastSample, outOfRange, value, unchangedSince, flatlined, lost);
        }
    }

    /** A condition raised or returned at a time. */
    record Change(AlarmType type, boolean raise, Instant at) {
    }

    /** The watch after the sample and the changes it made. */
    record Step(Watch watch, List<Change> changes) {
    }

    private QualityRule() {
    }

    /**
     * One sample of the point. {@code watch} is null for a point not seen since the platform started: its first
     * sample returns any quality alarm left open before (nothing in memory says whether one is), and raises out of
     * range if it is outside. {@code now} is the wall clock, the time a communication loss returns.
     */
    static Step step(@Nullable Watch watch, Instant ts, double value, boolean outOfRange, boolean analog,
            Duration flatlineAfter, Instant now) {
        if (watch == null) {
            return new Step(new Watch(ts, outOfRange, value, ts, false, false), List.of(
                    new Change(AlarmType.COMM_LOSS, false, now), new Change(AlarmType.OUT_OF_RANGE, outOfRange, ts),
                    new Change(AlarmType.FLATLINE, false, ts)));
        }
        List<Change> changes = List.of();
        if (watch.commLost()) {
            changes = added(changes, new Change(AlarmType.COMM_LOSS, false, now));
            watch = watch.commLost(false);
        }
        if (ts.isBefore(watch.lastSample())) {
            return new Step(watch, changes);
        }
        if (outOfRange != watch.outOfRange()) {
            changes = added(changes, new Change(AlarmType.OUT_OF_RANGE, outOfRange, ts));
        }
        boolean flatlined = watch.flatlined();
        Instant unchangedSince = watch.unchangedSince();
        if (Double.compare(value, watch.value()) != 0) {
            if (flatlined) {
                changes = added(changes, new Change(AlarmType.FLATLINE, false, ts));
            }
            flatlined = false;
            unchangedSince = ts;
        } else if (analog && !flatlined && Duration.between(unchangedSince, ts).compareTo(flatlineAfter) > 0) {
            changes = added(changes, new Change(AlarmType.FLATLINE, true, ts));
            flatlined = true;
        }
        return new Step(new Watch(ts, outOfRange, value, unchangedSince, flatlined, false), changes);
    }

    /** The changes with one more; most samples change nothing, so the empty list is not allocated per sample. */
    private static List<Change> added(List<Change> changes, Change change) {
        List<Change> more = new ArrayList<>(changes.size() + 1);
        more.addAll(changes);
        more.add(change);
        return more;
    }
}
