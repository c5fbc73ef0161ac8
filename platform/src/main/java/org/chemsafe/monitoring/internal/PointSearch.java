package org.chemsafe.monitoring.internal;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The filters of the point list: text in tag or name, indicator type, linked object, enterprise. */
record PointSearch(@Nullable @Size(max = 64) String q, @Nullable IndicatorType indicatorType,
        @Nullable LinkedObjectKind objectKind, @Nullable UUID objectId, @Nullable UUID enterpriseId) {
}
