package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Validator;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.enterprise.internal.unit.Units.Change;
import org.chemsafe.enterprise.internal.unit.Units.Rule;
import org.chemsafe.enterprise.internal.unit.Units.Saved;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tanks of tank farms. A change may change the farm's derived inventory, so the farm is announced changed.
 * <p>
 * Batch imports use {@link #check} (the constraints of {@link TankRequest} and the rules of {@link #add} and
 * {@link #update}, without writing) and {@link #save}, which announces nothing: the importer announces each changed
 * farm once.
 */
@Service
@Transactional
public class Tanks {

    /** The tank type codes ({@code VERTICAL_FIXED_ROOF}, …) a draft may name. */
    public static final List<String> TANK_TYPES = Arrays.stream(TankType.values()).map(Enum::name).toList();

    private final Units units;
    private final TankRepository tanks;
    private final ChemicalAccess chemicals;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final MessageSource messages;

    Tanks(Units units, TankRepository tanks, ChemicalAccess chemicals, ApplicationEventPublisher events,
            Validator validator, MessageSource messages) {
        this.units = units;
        this.tanks = tanks;
        this.chemicals = chemicals;
        this.events = events;
        this.validator = validator;
        this.messages = messages;
    }

    /** A tank as an import row gives it, keyed by its code within its farm; blank cells are null. */
    public record Draft(@Nullable String code, @Nullable String tankType, @Nullable BigDecimal volumeM3,
            @Nullable UUID chemicalId, @Nullable BigDecimal designPressureMpa, @Nullable BigDecimal designTemperatureC,
            @Nullable BigDecimal maxFillRatio) {
    }

    @Transactional(readOnly = true)
    List<TankView> ofFarm(Actor actor, UUID tankFarmId) {
        return tanks.ofFarm(farm(actor, tankFarmId).id(), actor.scope());
    }

    TankView add(Actor actor, UUID tankFarmId, TankRequest request) {
        UnitView farm = farm(actor, tankFarmId);
        check(farm, request, null);
        UUID id = UUID.randomUUID();
        tanks.insert(id, farm.enterpriseId(), farm.id(), request);
        events.publishEvent(new UnitInventoryChanged(farm.id(), farm.enterpriseId()));
        return stored(farm.enterpriseId(), id);
    }

    TankView update(Actor actor, UUID id, TankRequest request) {
        UnitView farm = units.get(actor, visible(actor, id).tankFarmId());
        check(farm, request, id);
        tanks.update(id, request);
        events.publishEvent(new UnitInventoryChanged(farm.id(), farm.enterpriseId()));
        return stored(farm.enterpriseId(), id);
    }

    void delete(Actor actor, UUID id) {
        UnitView farm = units.get(actor, visible(actor, id).tankFarmId());
        tanks.delete(id);
        events.publishEvent(new UnitInventoryChanged(farm.id(), farm.enterpriseId()));
    }

    /**
     * Every problem of a draft without writing. The unit it goes to has the given kind and, unless the same import
     * registers it, an id; {@code existingId} is the tank of the farm with the draft's code, if there is one.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(UUID enterpriseId, HazardUnitKind unitKind, @Nullable UUID farmId, Draft draft,
            @Nullable UUID existingId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (unitKind != HazardUnitKind.TANK_FARM) {
            problems.add(Units.problem(messages, "tankFarm", ProblemException.ruleViolation("unit.tank.farm-only")));
        }
        TankRequest request = request(draft);
        problems.addAll(Units.violations(validator, request));
        rules(enterpriseId, farmId, request, existingId).forEach(rule -> problems.add(Units.problem(messages, rule)));
        return problems;
    }

    /** Writes a draft {@link #check} found no problem with: adds the tank, or updates it when anything differs. */
    public Saved save(UUID enterpriseId, UUID farmId, Draft draft, @Nullable UUID existingId) {
        TankRequest request = request(draft);
        if (existingId == null) {
            UUID id = UUID.randomUUID();
            tanks.insert(id, enterpriseId, farmId, request);
            return new Saved(id, Change.CREATED);
        }
        TankView current = stored(enterpriseId, existingId);
        if (same(current, request)) {
            return new Saved(existingId, Change.UNCHANGED);
        }
        tanks.update(existingId, request);
        return new Saved(existingId, Change.UPDATED);
    }

    private TankView visible(Actor actor, UUID id) {
        return tanks.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("tank", id));
    }

    /** A tank of the enterprise, read in that enterprise's scope (it was just written or checked by the caller). */
    private TankView stored(UUID enterpriseId, UUID id) {
        return tanks.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }

    private UnitView farm(Actor actor, UUID unitId) {
        UnitView unit = units.get(actor, unitId);
        if (unit.kind() != HazardUnitKind.TANK_FARM) {
            throw ProblemException.ruleViolation("unit.tank.farm-only");
        }
        return unit;
    }

    private void check(UnitView farm, TankRequest request, @Nullable UUID except) {
        List<Rule> broken = rules(farm.enterpriseId(), farm.id(), request, except);
        if (!broken.isEmpty()) {
            throw broken.get(0).problem();
        }
    }

    /** The rules a tank must keep that need stored data; a farm the same import registers has no tanks yet. */
    private List<Rule> rules(UUID enterpriseId, @Nullable UUID farmId, TankRequest request, @Nullable UUID except) {
        List<Rule> broken = new ArrayList<>();
        if (farmId != null && tanks.codeTaken(farmId, request.code(), except)) {
            broken.add(new Rule("code", ProblemException.conflict("unit.tank.code-taken", request.code())));
        }
        if (request.chemicalId() != null) {
            try {
                chemicals.checkUsable(request.chemicalId(), enterpriseId);
            } catch (ProblemException unusable) {
                broken.add(new Rule("chemicalId", unusable));
            }
        }
        return broken;
    }

    /** The request a draft makes; Bean Validation reports the values it misses. */
    private static TankRequest request(Draft draft) {
        TankType type = draft.tankType() != null && TANK_TYPES.contains(draft.tankType())
                ? TankType.valueOf(draft.tankType()) : null;
        return new TankRequest(draft.code(), type, draft.volumeM3(), draft.chemicalId(), draft.designPressureMpa(),
                draft.designTemperatureC(), draft.maxFillRatio());
    }

    private static boolean same(TankView tank, TankRequest request) {
        return tank.code().equals(request.code()) && tank.tankType() == request.tankType()
                && sameNumber(tank.volumeM3(), request.volumeM3())
                && Objects.equals(tank.chemicalId(), request.chemicalId())
                && sameNumber(tank.designPressureMpa(), request.designPressureMpa())
                && sameNumber(tank.designTemperatureC(), request.designTemperatureC())
                && sameNumber(tank.maxFillRatio(), request.maxFillRatio());
    }

    static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
