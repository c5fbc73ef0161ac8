package org.chemsafe.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.util.random.RandomGenerator;

/**
 * A temperature that follows the day: {@code mean + amplitude · sin(2π (h − 9) / 24)} at hour h of the plant's day
 * (coolest at 03:00, warmest at 15:00), plus a gaussian noise of {@code noise}.
 */
public final class DayCycle implements Signal {

    private static final ZoneId PLANT_TIME = ZoneId.of("Asia/Shanghai");

    private final double mean;
    private final double amplitude;
    private final double noise;
    private final RandomGenerator random;

    public DayCycle(double mean, double amplitude, double noise, RandomGenerator random) {
        this.mean = mean;
        this.amplitude = amplitude;
        this.noise = noise;
        this.random = random;
    }

    @Override
    public double next(Instant now) {
        double hour = now.atZone(PLANT_TIME).toLocalTime().toSecondOfDay() / 3_600.0;
        return mean + amplitude * Math.sin(2 * Math.PI * (hour - 9) / 24) + random.nextGaussian() * noise;
    }
}
