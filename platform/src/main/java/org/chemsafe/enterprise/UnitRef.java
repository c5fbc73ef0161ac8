package org.chemsafe.enterprise;

import java.util.UUID;

/** A hazard unit (loading racks too) as other modules link their objects to it: by id, or by its code on import. */
public record UnitRef(UUID id, HazardUnitKind kind, String code, String name) {
}
