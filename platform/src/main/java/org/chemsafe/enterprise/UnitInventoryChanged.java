package org.chemsafe.enterprise;

import java.util.UUID;

/**
 * What a unit holds may have changed: its inventory, its tanks, or the density of a chemical in them. The major
 * hazard module re-assesses the unit.
 */
public record UnitInventoryChanged(UUID unitId, UUID enterpriseId) {
}
