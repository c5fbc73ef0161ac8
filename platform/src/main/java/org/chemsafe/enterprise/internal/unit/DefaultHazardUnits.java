package org.chemsafe.enterprise.internal.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.TankRef;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.enterprise.UnitRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultHazardUnits implements HazardUnits {

    private final UnitRepository units;
    private final TankRepository tanks;
    private final InventoryCalculator calculator;

    DefaultHazardUnits(UnitRepository units, TankRepository tanks, InventoryCalculator calculator) {
        this.units = units;
        this.tanks = tanks;
        this.calculator = calculator;
    }

    @Override
    public Optional<UnitInventory> inventoryOf(UUID unitId) {
        return units.find(unitId).filter(unit -> unit.kind().isIdentified()).map(this::inventory);
    }

    @Override
    public List<UnitInventory> inventoriesOf(UUID enterpriseId) {
        return units.identifiedUnitsOf(enterpriseId).stream().map(this::inventory).toList();
    }

    @Override
    public List<UnitRef> unitsOf(UUID enterpriseId) {
        return units.refsOf(enterpriseId);
    }

    @Override
    public List<TankRef> tanksOf(UUID enterpriseId) {
        return tanks.refsOf(enterpriseId);
    }

    private UnitInventory inventory(UnitView unit) {
        return new UnitInventory(unit.id(), unit.enterpriseId(), unit.kind(), unit.code(), unit.name(),
                calculator.lines(unit));
    }
}
