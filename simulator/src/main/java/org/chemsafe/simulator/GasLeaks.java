package org.chemsafe.simulator;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A gas detector's reading: near zero (a noise of {@code baseline}, never negative) with leak episodes that start at
 * random, {@code meanMinutesBetween} apart on average. An episode rises to a peak drawn between {@code peakLow} and
 * {@code peakHigh} in a minute, holds it for one to two minutes and then clears with a time constant of a minute, so
 * peaks above the detector's limits raise its alarms and then return them.
 */
public final class GasLeaks implements Signal {

    private static final double RISE_SECONDS = 60;
    private static final double CLEAR_SECONDS = 60;

    private final double baseline;
    private final double meanSecondsBetween;
    private final double peakLow;
    private final double peakHigh;
    private final RandomGenerator random;
    private final Stepper stepper = new Stepper();
    private double leak;
    private double peak;
    private double elapsed = -1;
    private double holdSeconds;

    public GasLeaks(double baseline, double meanMinutesBetween, double peakLow, double peakHigh,
            RandomGenerator random) {
        this.baseline = baseline;
        this.meanSecondsBetween = meanMinutesBetween * 60;
        this.peakLow = peakLow;
        this.peakHigh = peakHigh;
        this.random = random;
    }

    @Override
    public double next(Instant now) {
        double seconds = stepper.secondsTo(now);
        if (elapsed < 0 && random.nextDouble() < seconds / meanSecondsBetween) {
            elapsed = 0;
            peak = random.nextDouble(peakLow, peakHigh);
            holdSeconds = random.nextDouble(60, 120);
        }
        if (elapsed >= 0) {
            elapsed += seconds;
            if (elapsed < RISE_SECONDS) {
                leak = peak * elapsed / RISE_SECONDS;
            } else if (elapsed < RISE_SECONDS + holdSeconds) {
                leak = peak;
            } else {
                leak = peak * Math.exp(-(elapsed - RISE_SECONDS - holdSeconds) / CLEAR_SECONDS);
                if (leak < baseline / 10) {
                    elapsed = -1;
                    leak = 0;
                }
            }
        }
        return Math.abs(random.nextGaussian() * baseline) + leak;
    }
}
