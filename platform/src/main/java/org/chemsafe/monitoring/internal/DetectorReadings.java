package org.chemsafe.monitoring.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.monitoring.GasReading;
import org.chemsafe.monitoring.GasReadings;
import org.chemsafe.shared.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link GasReadings} from the point registry (scoped to the enterprise) and the latest values in memory. */
@Component
class DetectorReadings implements GasReadings {

    private static final Map<IndicatorType, GasReading.Kind> KINDS = Map.of(
            IndicatorType.COMBUSTIBLE_GAS, GasReading.Kind.COMBUSTIBLE,
            IndicatorType.TOXIC_GAS, GasReading.Kind.TOXIC,
            IndicatorType.OXYGEN, GasReading.Kind.OXYGEN);

    private final PointRepository points;
    private final LatestValues latest;

    DetectorReadings(PointRepository points, LatestValues latest) {
        this.points = points;
        this.latest = latest;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GasReading> latest(UUID enterpriseId, UUID pointId) {
        return points.findVisible(pointId, DataScope.enterprise(enterpriseId))
                .filter(point -> KINDS.containsKey(point.indicatorType()))
                .flatMap(point -> Optional.ofNullable(latest.of(pointId)).map(value -> new GasReading(point.id(),
                        point.tag(), point.name(), KINDS.get(point.indicatorType()), point.unit(), point.chemicalId(),
                        point.limits().high(), value.value(), value.ts())));
    }
}
