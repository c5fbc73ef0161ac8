package org.chemsafe.simulator;

import org.jspecify.annotations.Nullable;

/** A point's four alarm limits (低低报, 低报, 高报, 高高报), each optional. */
public record AlarmLimits(@Nullable Double lowLow, @Nullable Double low, @Nullable Double high,
        @Nullable Double highHigh) {

    /** No limits given: a gas detector then takes the platform's GB/T 50493-2019 defaults. */
    public static final AlarmLimits NONE = new AlarmLimits(null, null, null, null);

    public static AlarmLimits high(double high, double highHigh) {
        return new AlarmLimits(null, null, high, highHigh);
    }

    public static AlarmLimits of(double lowLow, double low, double high, double highHigh) {
        return new AlarmLimits(lowLow, low, high, highHigh);
    }
}
