package org.chemsafe.enterprise.internal.unit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.jspecify.annotations.Nullable;

/** A hazard unit as the unit endpoints answer. */
record UnitView(UUID id, UUID enterpriseId, String enterpriseName, HazardUnitKind kind, String code, String name,
        @Nullable UUID areaId, List<String> hazardousProcesses, @Nullable ProductionStatus status, int tankCount,
        Instant createdAt) {
}
