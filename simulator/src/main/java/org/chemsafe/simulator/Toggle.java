package org.chemsafe.simulator;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** A switch (a pump's run signal): 1 or 0, changing after a random {@code minMinutes} to {@code maxMinutes}. */
public final class Toggle implements Signal {

    private final double minSeconds;
    private final double maxSeconds;
    private final RandomGenerator random;
    private final Stepper stepper = new Stepper();
    private boolean on;
    private double left;

    public Toggle(double minMinutes, double maxMinutes, RandomGenerator random) {
        this.minSeconds = minMinutes * 60;
        this.maxSeconds = maxMinutes * 60;
        this.random = random;
        this.on = random.nextBoolean();
        this.left = random.nextDouble(minSeconds, maxSeconds);
    }

    @Override
    public double next(Instant now) {
        left -= stepper.secondsTo(now);
        if (left <= 0) {
            on = !on;
            left = random.nextDouble(minSeconds, maxSeconds);
        }
        return on ? 1 : 0;
    }
}
