package org.chemsafe.enterprise;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hazard units and their inventories, for other modules (no scope checks here). */
public interface HazardUnits {

    Optional<UnitInventory> inventoryOf(UUID unitId);

    /** Every production and storage unit of the enterprise with its inventory. */
    List<UnitInventory> inventoriesOf(UUID enterpriseId);

    /** Every unit of the enterprise, loading racks too, by code. */
    List<UnitRef> unitsOf(UUID enterpriseId);

    /** Every tank of the enterprise, by tank farm code and code. */
    List<TankRef> tanksOf(UUID enterpriseId);
}
