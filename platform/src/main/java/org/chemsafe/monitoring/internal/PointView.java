package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A registered point (位号) as answered. */
record PointView(UUID id, UUID enterpriseId, String tag, String name, IndicatorType indicatorType,
        @Nullable String unit, @Nullable BigDecimal rangeLow, @Nullable BigDecimal rangeHigh, Limits limits,
        @Nullable BigDecimal deadband, @Nullable Integer expectedPeriodSeconds, @Nullable Integer onDelaySeconds,
        @Nullable Integer offDelaySeconds, @Nullable LinkedObject linkedObject,
        @Nullable UUID chemicalId, @Nullable String gatewayCode, @Nullable PlanPosition position,
        @Nullable String nationalIndicatorCode, boolean enabled, Instant updatedAt) {
}
