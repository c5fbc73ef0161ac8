package org.chemsafe.simulator;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The seconds elapsed between a signal's calls: zero on the first, at most an hour (a long pause is not replayed). */
final class Stepper {

    private static final double MAX_STEP_SECONDS = 3_600;

    private @Nullable Instant last;

    double secondsTo(Instant now) {
        double seconds = last == null ? 0 : Duration.between(last, now).toNanos() / 1e9;
        last = now;
        return Math.min(MAX_STEP_SECONDS, Math.max(0, seconds));
    }
}
