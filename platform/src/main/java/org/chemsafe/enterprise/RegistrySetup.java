package org.chemsafe.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Builds an enterprise's registry for the platform's own set-up (demo data), with the same rules as the API but
 * without a caller's scope.
 */
public interface RegistrySetup {

    /** The enterprise's own entry for a GB 18218 Table 1 substance, with its density and hazard categories. */
    UUID linkTable1Chemical(UUID enterpriseId, String cas, @Nullable BigDecimal density, List<String> hazardCategories);

    UUID registerUnit(UUID enterpriseId, HazardUnitKind kind, String code, String name, Set<String> processes);

    UUID addTank(UUID tankFarmId, String code, BigDecimal volumeM3, UUID chemicalId, BigDecimal maxFillRatio);

    /** The unit holds the chemical: this many tonnes at most, or (null, tank farms only) as its tanks allow. */
    void hold(UUID unitId, UUID chemicalId, @Nullable BigDecimal designMaxTonnes);
}
