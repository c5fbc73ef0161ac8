package org.chemsafe.enterprise.internal.unit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.enterprise.internal.EnterpriseScopes;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and keeps an enterprise's hazard units: production units with their key-supervised hazardous processes
 * and status history, tank farms, warehouses and loading racks.
 */
@Service
@Transactional
class Units {

    private final UnitRepository units;
    private final EnterpriseScopes scopes;
    private final ApplicationEventPublisher events;

    Units(UnitRepository units, EnterpriseScopes scopes, ApplicationEventPublisher events) {
        this.units = units;
        this.scopes = scopes;
        this.events = events;
    }

    @Transactional(readOnly = true)
    UnitView get(Actor actor, UUID id) {
        UnitView unit = units.find(id).orElseThrow(() -> ProblemException.notFound("unit", id));
        scopes.checkVisible(actor, unit.enterpriseId(), "unit", id);
        return unit;
    }

    UnitView register(Actor actor, UnitRequest request) {
        UUID enterpriseId = scopes.owner(actor, request.enterpriseId());
        check(enterpriseId, request, null);
        ProductionStatus status = request.kind() == HazardUnitKind.PRODUCTION_UNIT
                ? (request.status() == null ? ProductionStatus.RUNNING : request.status()) : null;
        UUID id = UUID.randomUUID();
        units.insert(id, enterpriseId, request, status);
        if (status != null) {
            units.changeStatus(id, null, status, actor.name(), null);
        }
        return units.find(id).orElseThrow();
    }

    UnitView update(Actor actor, UUID id, UnitRequest request) {
        UnitView current = get(actor, id);
        if (request.kind() != current.kind()) {
            throw ProblemException.ruleViolation("unit.kind.unchangeable");
        }
        if (request.status() != null && request.status() != current.status()) {
            throw ProblemException.ruleViolation("unit.status.use-status-change");
        }
        check(current.enterpriseId(), request, id);
        units.update(id, request);
        return units.find(id).orElseThrow();
    }

    void delete(Actor actor, UUID id) {
        UnitView unit = get(actor, id);
        units.delete(id);
        events.publishEvent(new UnitInventoryChanged(id, unit.enterpriseId()));
    }

    UnitView changeStatus(Actor actor, UUID id, StatusChangeRequest change) {
        UnitView unit = get(actor, id);
        if (unit.kind() != HazardUnitKind.PRODUCTION_UNIT) {
            throw ProblemException.ruleViolation("unit.status.production-only");
        }
        if (unit.status() == change.status()) {
            throw ProblemException.conflict("unit.status.unchanged", change.status());
        }
        units.changeStatus(id, unit.status(), change.status(), actor.name(), change.reason());
        return units.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<StatusChange> statusHistory(Actor actor, UUID id) {
        get(actor, id);
        return units.statusHistory(id);
    }

    private void check(UUID enterpriseId, UnitRequest request, @Nullable UUID except) {
        if (units.codeTaken(enterpriseId, request.code(), except)) {
            throw ProblemException.conflict("unit.code.taken", request.code());
        }
        if (request.areaId() != null && !units.areaBelongsTo(request.areaId(), enterpriseId)) {
            throw ProblemException.ruleViolation("unit.area.unknown", request.areaId());
        }
        if (request.kind() != HazardUnitKind.PRODUCTION_UNIT
                && (!request.processes().isEmpty() || request.status() != null)) {
            throw ProblemException.ruleViolation("unit.production-only-fields");
        }
        Set<String> known = units.knownProcesses();
        for (String process : request.processes()) {
            if (!known.contains(process)) {
                throw ProblemException.ruleViolation("unit.process.unknown", process);
            }
        }
    }
}
