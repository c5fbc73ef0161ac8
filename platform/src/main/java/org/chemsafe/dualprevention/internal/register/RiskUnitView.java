package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

record RiskUnitView(UUID id, UUID enterpriseId, UUID riskObjectId, String riskUnitName, @Nullable String hazardDep,
        @Nullable String hazardLiablePerson, @Nullable UUID areaId, @Nullable UUID hazardUnitId)
        implements RegisterRow {
}
