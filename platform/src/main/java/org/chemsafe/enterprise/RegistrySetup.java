package org.chemsafe.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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

    /**
     * A site with its plan image, calibrated at {@code metresPerPixel} with north up (the plan's bottom-left corner is
     * the origin), unless the enterprise has a site of that name (then empty). Not within a caller's transaction: the
     * plan is stored on its own, as an upload is.
     */
    Optional<UUID> addSite(UUID enterpriseId, String name, byte[] planImage, double metresPerPixel);

    /** An area of the site, its polygon in the site's metres ({@code [[x, y], ...]}); answers its id. */
    UUID addArea(UUID siteId, String name, AreaKind kind, boolean fireExplosionHazard, List<List<Double>> polygon);
}
