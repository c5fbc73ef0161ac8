package org.chemsafe.enterprise;

import java.util.UUID;

/**
 * A hazard unit was registered, renamed (code or name) or removed. It carries what other modules show of a unit, so
 * they keep their own read model instead of reading the enterprise module's tables.
 *
 * @param removed true when the unit no longer exists (code, name and kind are then its last ones)
 */
public record HazardUnitChanged(UUID unitId, UUID enterpriseId, String code, String name, HazardUnitKind kind,
        boolean removed) {
}
