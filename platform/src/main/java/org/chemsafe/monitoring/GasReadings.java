package org.chemsafe.monitoring;

import java.util.Optional;
import java.util.UUID;

/** The latest readings of an enterprise's gas detector points. */
public interface GasReadings {

    /**
     * The point's latest reading, if it is a gas detector (combustible, toxic or oxygen) of the enterprise that has
     * reported; empty for any other point, another enterprise's, or one without a value yet.
     */
    Optional<GasReading> latest(UUID enterpriseId, UUID pointId);
}
