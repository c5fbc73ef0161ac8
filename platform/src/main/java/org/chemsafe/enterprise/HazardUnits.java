package org.chemsafe.enterprise;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hazard units and their inventories, for other modules (no scope checks here). */
public interface HazardUnits {

    Optional<UnitInventory> inventoryOf(UUID unitId);

    /** Every production and storage unit of the enterprise with its inventory. */
    List<UnitInventory> inventoriesOf(UUID enterpriseId);
}
