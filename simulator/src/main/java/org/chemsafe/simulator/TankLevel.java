package org.chemsafe.simulator;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A tank's level under loading operations: it rests for a few minutes, then is filled to between 70 % and 90 % of the
 * span (a receipt), rests again, then drained to between 15 % and 30 % (a dispatch), and so on, at {@code ratePerMinute}
 * level units per minute. The transmitter adds a noise of 0.1 % of the span.
 */
public final class TankLevel implements Signal {

    private enum Phase { RESTING, FILLING, DRAINING }

    private final double low;
    private final double span;
    private final double ratePerSecond;
    private final RandomGenerator random;
    private final Stepper stepper = new Stepper();
    private double level;
    private Phase phase = Phase.RESTING;
    private boolean fillNext;
    private double restLeft;
    private double target;

    public TankLevel(double low, double high, double ratePerMinute, RandomGenerator random) {
        this.low = low;
        this.span = high - low;
        this.ratePerSecond = ratePerMinute / 60;
        this.random = random;
        this.level = low + span * random.nextDouble(0.3, 0.7);
        this.fillNext = random.nextBoolean();
        this.restLeft = random.nextDouble(30, 300);
    }

    @Override
    public double next(Instant now) {
        double seconds = stepper.secondsTo(now);
        switch (phase) {
            case RESTING -> {
                restLeft -= seconds;
                if (restLeft <= 0) {
                    phase = fillNext ? Phase.FILLING : Phase.DRAINING;
                    target = low + span * (fillNext ? random.nextDouble(0.7, 0.9) : random.nextDouble(0.15, 0.3));
                    fillNext = !fillNext;
                }
            }
            case FILLING -> {
                level = Math.min(target, level + ratePerSecond * seconds);
                rest(level >= target);
            }
            case DRAINING -> {
                level = Math.max(target, level - ratePerSecond * seconds);
                rest(level <= target);
            }
        }
        return level + random.nextGaussian() * span * 0.001;
    }

    private void rest(boolean reached) {
        if (reached) {
            phase = Phase.RESTING;
            restLeft = random.nextDouble(120, 600);
        }
    }
}
