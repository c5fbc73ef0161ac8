package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.enterprise.internal.unit.Units.Change;
import org.chemsafe.enterprise.internal.unit.Units.Rule;
import org.chemsafe.enterprise.internal.unit.Units.Saved;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each production or storage unit holds, at its design maximum (GB 18218-2018 4.2.2).
 * <p>
 * Batch imports use {@link #check} (the constraints of {@link InventoryItemRequest} and the rules of {@link #add},
 * without writing) and {@link #save}, which keys items by unit and chemical (an item the unit already holds is
 * updated, not refused as a duplicate) and announces nothing: the importer announces each changed unit once.
 */
@Service
@Transactional
public class Inventories {

    private final Units units;
    private final InventoryRepository inventory;
    private final InventoryCalculator calculator;
    private final ChemicalAccess chemicals;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final MessageSource messages;

    Inventories(Units units, InventoryRepository inventory, InventoryCalculator calculator, ChemicalAccess chemicals,
            ApplicationEventPublisher events, Validator validator, MessageSource messages) {
        this.units = units;
        this.inventory = inventory;
        this.calculator = calculator;
        this.chemicals = chemicals;
        this.events = events;
        this.validator = validator;
        this.messages = messages;
    }

    /** An inventory item as an import row gives it; a blank quantity is derived from the tanks (tank farms only). */
    public record Draft(@Nullable UUID chemicalId, @Nullable BigDecimal designMaxTonnes) {
    }

    @Transactional(readOnly = true)
    List<InventoryItemView> ofUnit(Actor actor, UUID unitId) {
        return calculator.items(units.get(actor, unitId));
    }

    InventoryItemView add(Actor actor, UUID unitId, InventoryItemRequest request) {
        UnitView unit = units.get(actor, unitId);
        List<Rule> broken = rules(unit.enterpriseId(), unit.kind(), request);
        if (!broken.isEmpty()) {
            throw broken.get(0).problem();
        }
        if (inventory.holds(unitId, request.chemicalId())) {
            throw ProblemException.conflict("unit.inventory.duplicate");
        }
        UUID id = UUID.randomUUID();
        inventory.insert(id, unit.enterpriseId(), unitId, request.chemicalId(), request.designMaxTonnes());
        events.publishEvent(new UnitInventoryChanged(unitId, unit.enterpriseId()));
        return item(unit, id);
    }

    InventoryItemView update(Actor actor, UUID id, InventoryItemRequest request) {
        InventoryRepository.Item current = inventory.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("inventory-item", id));
        UnitView unit = units.get(actor, current.unitId());
        if (!current.chemicalId().equals(request.chemicalId())) {
            throw ProblemException.ruleViolation("unit.inventory.chemical-unchangeable");
        }
        quantityRule(unit.kind(), request).ifPresent(rule -> {
            throw rule.problem();
        });
        inventory.update(id, request.designMaxTonnes());
        events.publishEvent(new UnitInventoryChanged(unit.id(), unit.enterpriseId()));
        return item(unit, id);
    }

    void delete(Actor actor, UUID id) {
        InventoryRepository.Item current = inventory.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("inventory-item", id));
        UnitView unit = units.get(actor, current.unitId());
        inventory.delete(id);
        events.publishEvent(new UnitInventoryChanged(unit.id(), unit.enterpriseId()));
    }

    /**
     * Every problem of a draft for a unit of the given kind of the enterprise, without writing; the rules that need
     * the unit's kind are left out when it is not known.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(UUID enterpriseId, @Nullable HazardUnitKind unitKind, Draft draft) {
        InventoryItemRequest request = new InventoryItemRequest(draft.chemicalId(), draft.designMaxTonnes());
        List<FieldProblem> problems = Units.violations(validator, request);
        rules(enterpriseId, unitKind, request).forEach(rule -> problems.add(Units.problem(messages, rule)));
        return problems;
    }

    /** Writes a draft {@link #check} found no problem with: adds the item, or updates the unit's item of the chemical. */
    public Saved save(UUID enterpriseId, UUID unitId, Draft draft) {
        UUID chemicalId = draft.chemicalId();
        if (chemicalId == null) {
            throw new IllegalArgumentException("an unchecked draft");
        }
        Optional<InventoryRepository.Item> current = inventory.ofUnit(unitId).stream()
                .filter(item -> item.chemicalId().equals(chemicalId)).findFirst();
        if (current.isEmpty()) {
            UUID id = UUID.randomUUID();
            inventory.insert(id, enterpriseId, unitId, chemicalId, draft.designMaxTonnes());
            return new Saved(id, Change.CREATED);
        }
        UUID id = current.get().id();
        if (Tanks.sameNumber(current.get().enteredTonnes(), draft.designMaxTonnes())) {
            return new Saved(id, Change.UNCHANGED);
        }
        inventory.update(id, draft.designMaxTonnes());
        return new Saved(id, Change.UPDATED);
    }

    /** The rules an item must keep, in the order they are checked (a duplicate aside). */
    private List<Rule> rules(UUID enterpriseId, @Nullable HazardUnitKind unitKind, InventoryItemRequest request) {
        List<Rule> broken = new ArrayList<>();
        if (unitKind != null && !unitKind.isIdentified()) {
            broken.add(new Rule("unit", ProblemException.ruleViolation("unit.inventory.not-a-unit")));
            return broken;
        }
        if (request.chemicalId() != null) {
            try {
                chemicals.checkUsable(request.chemicalId(), enterpriseId);
            } catch (ProblemException unusable) {
                broken.add(new Rule("chemicalId", unusable));
            }
        }
        quantityRule(unitKind, request).ifPresent(broken::add);
        return broken;
    }

    private static Optional<Rule> quantityRule(@Nullable HazardUnitKind unitKind, InventoryItemRequest request) {
        if (request.designMaxTonnes() == null && unitKind != null && unitKind != HazardUnitKind.TANK_FARM) {
            return Optional.of(new Rule("designMaxTonnes",
                    ProblemException.ruleViolation("unit.inventory.quantity-required")));
        }
        return Optional.empty();
    }

    private InventoryItemView item(UnitView unit, UUID id) {
        return calculator.items(unit).stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }
}
