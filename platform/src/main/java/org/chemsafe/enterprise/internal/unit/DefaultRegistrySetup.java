package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.AreaKind;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.RegistrySetup;
import org.chemsafe.enterprise.internal.chemical.Table1Links;
import org.chemsafe.enterprise.internal.site.SiteSetup;
import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultRegistrySetup implements RegistrySetup {

    private final Units units;
    private final Tanks tanks;
    private final Inventories inventories;
    private final Table1Links links;
    private final SiteSetup sites;

    DefaultRegistrySetup(Units units, Tanks tanks, Inventories inventories, Table1Links links, SiteSetup sites) {
        this.sites = sites;
        this.units = units;
        this.tanks = tanks;
        this.inventories = inventories;
        this.links = links;
    }

    @Override
    public UUID linkTable1Chemical(UUID enterpriseId, String cas, @Nullable BigDecimal density,
            List<String> hazardCategories) {
        return links.link(enterpriseId, cas, density, hazardCategories);
    }

    @Override
    public UUID registerUnit(UUID enterpriseId, HazardUnitKind kind, String code, String name, Set<String> processes) {
        return units.register(Actor.system(), new UnitRequest(enterpriseId, kind, code, name, null,
                processes, null)).id();
    }

    @Override
    public UUID addTank(UUID tankFarmId, String code, BigDecimal volumeM3, UUID chemicalId, BigDecimal maxFillRatio) {
        return tanks.add(Actor.system(), tankFarmId, new TankRequest(code, TankType.HORIZONTAL, volumeM3, chemicalId,
                null, null, maxFillRatio)).id();
    }

    @Override
    public void hold(UUID unitId, UUID chemicalId, @Nullable BigDecimal designMaxTonnes) {
        inventories.add(Actor.system(), unitId, new InventoryItemRequest(chemicalId, designMaxTonnes));
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<UUID> addSite(UUID enterpriseId, String name, byte[] planImage, double metresPerPixel) {
        return sites.create(enterpriseId, name, planImage, metresPerPixel);
    }

    @Override
    public UUID addArea(UUID siteId, String name, AreaKind kind, boolean fireExplosionHazard,
            List<List<Double>> polygon) {
        return sites.addArea(siteId, name, kind, fireExplosionHazard, polygon);
    }
}
