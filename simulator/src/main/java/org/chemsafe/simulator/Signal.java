package org.chemsafe.simulator;

import java.time.Instant;

/**
 * A simulated measurement. Each call advances it to {@code now} (calls come in time order) and answers the value the
 * instrument reports then, or {@link Double#NaN} when it reports nothing (a drop-out).
 */
public interface Signal {

    double next(Instant now);
}
