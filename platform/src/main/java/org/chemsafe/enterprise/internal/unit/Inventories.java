package org.chemsafe.enterprise.internal.unit;

import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each production or storage unit holds, at its design maximum (GB 18218-2018 4.2.2). */
@Service
@Transactional
class Inventories {

    private final Units units;
    private final InventoryRepository inventory;
    private final InventoryCalculator calculator;
    private final ChemicalAccess chemicals;
    private final ApplicationEventPublisher events;

    Inventories(Units units, InventoryRepository inventory, InventoryCalculator calculator, ChemicalAccess chemicals,
            ApplicationEventPublisher events) {
        this.units = units;
        this.inventory = inventory;
        this.calculator = calculator;
        this.chemicals = chemicals;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<InventoryItemView> ofUnit(Actor actor, UUID unitId) {
        return calculator.items(units.get(actor, unitId));
    }

    InventoryItemView add(Actor actor, UUID unitId, InventoryItemRequest request) {
        UnitView unit = units.get(actor, unitId);
        if (!unit.kind().isIdentified()) {
            throw ProblemException.ruleViolation("unit.inventory.not-a-unit");
        }
        chemicals.checkUsable(request.chemicalId(), unit.enterpriseId());
        checkQuantity(unit, request);
        if (inventory.holds(unitId, request.chemicalId())) {
            throw ProblemException.conflict("unit.inventory.duplicate");
        }
        UUID id = UUID.randomUUID();
        inventory.insert(id, unit.enterpriseId(), unitId, request.chemicalId(), request.designMaxTonnes());
        events.publishEvent(new UnitInventoryChanged(unitId, unit.enterpriseId()));
        return item(unit, id);
    }

    InventoryItemView update(Actor actor, UUID id, InventoryItemRequest request) {
        InventoryRepository.Item current = inventory.find(id)
                .orElseThrow(() -> ProblemException.notFound("inventory-item", id));
        UnitView unit = units.get(actor, current.unitId());
        if (!current.chemicalId().equals(request.chemicalId())) {
            throw ProblemException.ruleViolation("unit.inventory.chemical-unchangeable");
        }
        checkQuantity(unit, request);
        inventory.update(id, request.designMaxTonnes());
        events.publishEvent(new UnitInventoryChanged(unit.id(), unit.enterpriseId()));
        return item(unit, id);
    }

    void delete(Actor actor, UUID id) {
        InventoryRepository.Item current = inventory.find(id)
                .orElseThrow(() -> ProblemException.notFound("inventory-item", id));
        UnitView unit = units.get(actor, current.unitId());
        inventory.delete(id);
        events.publishEvent(new UnitInventoryChanged(unit.id(), unit.enterpriseId()));
    }

    private static void checkQuantity(UnitView unit, InventoryItemRequest request) {
        if (request.designMaxTonnes() == null && unit.kind() != HazardUnitKind.TANK_FARM) {
            throw ProblemException.ruleViolation("unit.inventory.quantity-required");
        }
    }

    private InventoryItemView item(UnitView unit, UUID id) {
        return calculator.items(unit).stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }
}
