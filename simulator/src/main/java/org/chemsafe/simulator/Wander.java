package org.chemsafe.simulator;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A value that wanders around its set point, as a controlled pressure or flow does: an Ornstein–Uhlenbeck process
 * pulled back to {@code mean} with a time constant of {@code settleSeconds} and a stationary spread of {@code spread}
 * (one standard deviation).
 */
public final class Wander implements Signal {

    private final double mean;
    private final double settleSeconds;
    private final double spread;
    private final RandomGenerator random;
    private final Stepper stepper = new Stepper();
    private double value;

    public Wander(double mean, double spread, double settleSeconds, RandomGenerator random) {
        this.mean = mean;
        this.spread = spread;
        this.settleSeconds = settleSeconds;
        this.random = random;
        this.value = mean + random.nextGaussian() * spread;
    }

    @Override
    public double next(Instant now) {
        double seconds = stepper.secondsTo(now);
        double pull = Math.exp(-seconds / settleSeconds);
        value = mean + (value - mean) * pull + spread * Math.sqrt(1 - pull * pull) * random.nextGaussian();
        return value;
    }
}
