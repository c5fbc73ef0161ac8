package org.chemsafe.enterprise;

import java.util.UUID;

/** A tank as other modules link their objects to it: its code is unique within its tank farm. */
public record TankRef(UUID id, UUID tankFarmId, String tankFarmCode, String code) {
}
