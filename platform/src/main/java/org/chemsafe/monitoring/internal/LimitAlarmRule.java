package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The limit alarm rule of one band of a point, a pure function of the samples in event-time order (so a batch, a
 * late gateway or a replay gives the same alarms, and tests need no clock). A sample's level is the band's
 * {@link LimitBand#level} given the reported level (deadband hysteresis: chatter inside the deadband changes
 * nothing). A higher level is reported once the samples have kept at it for the on-delay (a rise from 1 to 2 is an
 * escalation); a lower one once they have kept below the reported level for the off-delay, and reaching level 0 is
 * the return to normal. Falling from level 2 to 1 is reported to nobody: the alarm keeps its highest condition.
 * The delays are not fixed by any source (domain notes §7.1); both default to none.
 */
final class LimitAlarmRule {

    private LimitAlarmRule() {
    }

    /** The watch after one sample, and the change it reports, if any. */
    record Step(LimitWatch watch, @Nullable LimitChange change) {
    }

    static Step step(LimitBand band, LimitWatch watch, Instant ts, double value, Duration onDelay,
            Duration offDelay) {
        if (watch.lastTs() != null && !ts.isAfter(watch.lastTs())) {
            return new Step(watch, null);
        }
        int level = band.level(value, watch.reported());
        Instant innerSince = level >= 1 ? since(watch.innerSince(), ts) : null;
        Instant outerSince = level >= 2 ? since(watch.outerSince(), ts) : null;
        Instant belowSince = level < watch.reported() ? since(watch.belowSince(), ts) : null;
        int risen = watch.reported();
        if (outerSince != null && lasted(outerSince, ts, onDelay)) {
            risen = Math.max(risen, 2);
        } else if (innerSince != null && lasted(innerSince, ts, onDelay)) {
            risen = Math.max(risen, 1);
        }
        if (risen > watch.reported()) {
            return new Step(new LimitWatch(risen, innerSince, outerSince, null, ts),
                    new LimitChange(band.side(), risen, ts));
        }
        if (belowSince != null && lasted(belowSince, ts, offDelay)) {
            LimitWatch fallen = new LimitWatch(level, innerSince, outerSince, null, ts);
            return new Step(fallen, level == 0 ? new LimitChange(band.side(), 0, ts) : null);
        }
        return new Step(new LimitWatch(watch.reported(), innerSince, outerSince, belowSince, ts), null);
    }

    private static Instant since(@Nullable Instant since, Instant ts) {
        return since == null ? ts : since;
    }

    private static boolean lasted(Instant since, Instant ts, Duration delay) {
        return !Duration.between(since, ts).minus(delay).isNegative();
    }
}
