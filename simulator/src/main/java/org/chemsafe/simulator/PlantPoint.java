package org.chemsafe.simulator;

import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A simulated point (位号) of a plant: what the platform registers (tag, name, indicator, unit, instrument range,
 * limits, the registry object it is installed on, the monitored chemical's CAS number, its place on the site
 * plan in pixels), how its samples travel, and the signal it follows, made from a random source of its own.
 */
public record PlantPoint(String tag, String name, Indicator indicator, @Nullable String unit, double rangeLow, double rangeHigh,
        AlarmLimits limits, @Nullable PlantObject object, @Nullable String chemicalCas, Channel channel, double planX,
        double planY, Function<RandomGenerator, Signal> signal) {

    /** The same point with its samples travelling by another channel. */
    public PlantPoint via(Channel other) {
        return new PlantPoint(tag, name, indicator, unit, rangeLow, rangeHigh, limits, object, chemicalCas, other, planX,
                planY, signal);
    }
}
