package org.chemsafe.monitoring.internal;

import org.springframework.stereotype.Component;

/** A point's live value from memory: the latest sample and whether the point is online. No SQL. */
@Component
class LiveValues {

    private final LatestValues latest;
    private final DataQuality quality;

    LiveValues(LatestValues latest, DataQuality quality) {
        this.latest = latest;
        this.quality = quality;
    }

    LiveValue of(PointView point) {
        LatestValues.Latest value = latest.of(point.id());
        if (value == null) {
            return new LiveValue(point.id(), null, null, PointState.NO_DATA);
        }
        PointState state = quality.online(point.id(), point.expectedPeriodSeconds())
                ? PointState.of(value.value(), value.quality() == PointRef.OUT_OF_RANGE, point.limits())
                : PointState.OFFLINE;
        return new LiveValue(point.id(), value.ts(), value.value(), state);
    }
}
