package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record TankView(UUID id, UUID tankFarmId, String code, TankType tankType, BigDecimal volumeM3,
        @Nullable UUID chemicalId, @Nullable String chemicalName, @Nullable BigDecimal designPressureMpa,
        @Nullable BigDecimal designTemperatureC, BigDecimal maxFillRatio) {
}
