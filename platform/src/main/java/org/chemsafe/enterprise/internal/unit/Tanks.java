package org.chemsafe.enterprise.internal.unit;

import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tanks of tank farms. A change may change the farm's derived inventory, so the farm is announced changed. */
@Service
@Transactional
class Tanks {

    private final Units units;
    private final TankRepository tanks;
    private final ChemicalAccess chemicals;
    private final ApplicationEventPublisher events;

    Tanks(Units units, TankRepository tanks, ChemicalAccess chemicals, ApplicationEventPublisher events) {
        this.units = units;
        this.tanks = tanks;
        this.chemicals = chemicals;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<TankView> ofFarm(Actor actor, UUID tankFarmId) {
        return tanks.ofFarm(farm(actor, tankFarmId).id());
    }

    TankView add(Actor actor, UUID tankFarmId, TankRequest request) {
        UnitView farm = farm(actor, tankFarmId);
        check(farm, request, null);
        UUID id = UUID.randomUUID();
        tanks.insert(id, farm.enterpriseId(), farm.id(), request);
        events.publishEvent(new UnitInventoryChanged(farm.id(), farm.enterpriseId()));
        return tanks.find(id).orElseThrow();
    }

    TankView update(Actor actor, UUID id, TankRequest request) {
        TankView tank = tanks.find(id).orElseThrow(() -> ProblemException.notFound("tank", id));
        UnitView farm = units.get(actor, tank.tankFarmId());
        check(farm, request, id);
        tanks.update(id, request);
        events.publishEvent(new UnitInventoryChanged(farm.id(), farm.enterpriseId()));
        return tanks.find(id).orElseThrow();
    }

    void delete(Actor actor, UUID id) {
        TankView tank = tanks.find(id).orElseThrow(() -> ProblemException.notFound("tank", id));
        UnitView farm = units.get(actor, tank.tankFarmId());
        tanks.delete(id);
        events.publishEvent(new UnitInventoryChanged(farm.id(), farm.enterpriseId()));
    }

    private UnitView farm(Actor actor, UUID unitId) {
        UnitView unit = units.get(actor, unitId);
        if (unit.kind() != HazardUnitKind.TANK_FARM) {
            throw ProblemException.ruleViolation("unit.tank.farm-only");
        }
        return unit;
    }

    private void check(UnitView farm, TankRequest request, @Nullable UUID except) {
        if (tanks.codeTaken(farm.id(), request.code(), except)) {
            throw ProblemException.conflict("unit.tank.code-taken", request.code());
        }
        if (request.chemicalId() != null) {
            chemicals.checkUsable(request.chemicalId(), farm.enterpriseId());
        }
    }
}
