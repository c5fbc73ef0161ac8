package org.chemsafe.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.TankRef;
import org.chemsafe.enterprise.UnitRef;
import org.jspecify.annotations.Nullable;

/**
 * The registry objects of one enterprise that points are installed on, by the codes people write in a workbook: a
 * unit (production unit, warehouse, loading rack) by its code, a tank by "tank farm code/tank code" or by its code
 * alone when no other tank farm has it (or by their identifiers). Objects without a code here (areas, major hazard
 * sources) are written by their identifier, which is read back as it is.
 */
final class PointObjects {

    /** What a code names: the object, or nothing, or several tanks. */
    sealed interface Found {
    }

    record One(UUID id) implements Found {
    }

    record None() implements Found {
    }

    record Ambiguous() implements Found {
    }

    private final Map<String, UUID> units = new HashMap<>();
    private final Map<String, List<UUID>> tanks = new HashMap<>();
    private final Map<UUID, String> codes = new HashMap<>();

    private PointObjects(List<UnitRef> unitRefs, List<TankRef> tankRefs) {
        for (UnitRef unit : unitRefs) {
            units.put(unit.kind().name() + "\u0000" + unit.code(), unit.id());
            codes.put(unit.id(), unit.code());
        }
        for (TankRef tank : tankRefs) {
            String qualified = tank.tankFarmCode() + "/" + tank.code();
            tanks.computeIfAbsent(qualified, code -> new ArrayList<>()).add(tank.id());
            tanks.computeIfAbsent(tank.code(), code -> new ArrayList<>()).add(tank.id());
            codes.put(tank.id(), qualified);
        }
    }

    static PointObjects of(HazardUnits hazardUnits, UUID enterpriseId) {
        return new PointObjects(hazardUnits.unitsOf(enterpriseId), hazardUnits.tanksOf(enterpriseId));
    }

    /** The object of the kind the text names. */
    Found find(LinkedObjectKind kind, String text) {
        String code = text.strip();
        switch (kind) {
            case TANK -> {
                List<UUID> found = tanks.getOrDefault(code, List.of());
                return found.size() == 1 ? new One(found.get(0)) : found.isEmpty() ? known(code) : new Ambiguous();
            }
            case PRODUCTION_UNIT, WAREHOUSE, LOADING_RACK -> {
                UUID id = units.get(kind.name() + "\u0000" + code);
                return id != null ? new One(id) : known(code);
            }
            default -> {
                return byIdentifier(code);
            }
        }
    }

    /** How a workbook names the object: its code, else its identifier. */
    String code(LinkedObject object) {
        @Nullable String code = codes.get(object.id());
        return code != null ? code : object.id().toString();
    }

    /** An identifier of one of the enterprise's units or tanks. */
    private Found known(String text) {
        Found found = byIdentifier(text);
        return found instanceof One one && codes.containsKey(one.id()) ? found : new None();
    }

    private static Found byIdentifier(String text) {
        try {
            return new One(UUID.fromString(text));
        } catch (IllegalArgumentException notAnIdentifier) {
            return new None();
        }
    }
}
