package org.chemsafe.enterprise.internal.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.UnitInventory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultHazardUnits implements HazardUnits {

    private final UnitRepository units;
    private final InventoryCalculator calculator;

    DefaultHazardUnits(UnitRepository units, InventoryCalculator calculator) {
        this.units = units;
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

    private UnitInventory inventory(UnitView unit) {
        return new UnitInventory(unit.id(), unit.enterpriseId(), unit.kind(), unit.code(), unit.name(),
                calculator.lines(unit));
    }
}
