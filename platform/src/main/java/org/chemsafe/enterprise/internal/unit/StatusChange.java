package org.chemsafe.enterprise.internal.unit;

import java.time.Instant;

import org.chemsafe.enterprise.ProductionStatus;
import org.jspecify.annotations.Nullable;

/** One change of a production unit's status, in its history. */
record StatusChange(@Nullable ProductionStatus fromStatus, ProductionStatus toStatus, Instant changedAt,
        String changedBy, @Nullable String reason) {
}
