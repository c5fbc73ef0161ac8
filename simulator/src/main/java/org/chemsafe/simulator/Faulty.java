package org.chemsafe.simulator;

import java.time.Instant;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * An instrument that fails now and then, {@code faultsPerHour} times an hour on average, each fault one of:
 * <ul>
 * <li>{@link Fault#STUCK}: the value freezes for 31 to 40 minutes (beyond the platform's 30-minute flatline time);</li>
 * <li>{@link Fault#DROPOUT}: nothing is reported for one to five minutes (a lost link);</li>
 * <li>{@link Fault#OUT_OF_RANGE}: 5 % of the span above the instrument range for 10 to 30 seconds (a broken loop).</li>
 * </ul>
 * Between faults it reports what the healthy signal does.
 */
public final class Faulty implements Signal {

    /** The faults an instrument shows. */
    public enum Fault { STUCK, DROPOUT, OUT_OF_RANGE }

    private final Signal healthy;
    private final double rangeHigh;
    private final double span;
    private final double meanSecondsBetween;
    private final RandomGenerator random;
    private final Stepper stepper = new Stepper();
    private @Nullable Fault fault;
    private double left;
    private double last = Double.NaN;

    public Faulty(Signal healthy, double rangeLow, double rangeHigh, double faultsPerHour, RandomGenerator random) {
        this.healthy = healthy;
        this.rangeHigh = rangeHigh;
        this.span = rangeHigh - rangeLow;
        this.meanSecondsBetween = 3_600 / faultsPerHour;
        this.random = random;
    }

    /** The fault showing now, none when healthy. */
    public @Nullable Fault fault() {
        return fault;
    }

    @Override
    public double next(Instant now) {
        double seconds = stepper.secondsTo(now);
        double value = healthy.next(now);
        if (fault != null) {
            left -= seconds;
            if (left <= 0) {
                fault = null;
            }
        } else if (random.nextDouble() < seconds / meanSecondsBetween) {
            start(Fault.values()[random.nextInt(Fault.values().length)]);
        }
        if (fault == null) {
            last = value;
            return value;
        }
        return switch (fault) {
            case STUCK -> Double.isNaN(last) ? value : last;
            case DROPOUT -> Double.NaN;
            case OUT_OF_RANGE -> rangeHigh + span * 0.05;
        };
    }

    /** Starts a fault now; its length is drawn as the class describes. */
    public void start(Fault started) {
        fault = started;
        left = switch (started) {
            case STUCK -> random.nextDouble(31 * 60, 40 * 60);
            case DROPOUT -> random.nextDouble(60, 300);
            case OUT_OF_RANGE -> random.nextDouble(10, 30);
        };
    }
}
