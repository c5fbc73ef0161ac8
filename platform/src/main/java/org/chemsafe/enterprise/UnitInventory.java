package org.chemsafe.enterprise;

import java.util.List;
import java.util.UUID;

/** A hazard unit with the design maximum quantities of the chemicals it holds (GB 18218-2018 4.2.2). */
public record UnitInventory(UUID unitId, UUID enterpriseId, HazardUnitKind kind, String code, String name,
        List<InventoryLine> lines) {

    public UnitInventory {
        lines = List.copyOf(lines);
    }
}
