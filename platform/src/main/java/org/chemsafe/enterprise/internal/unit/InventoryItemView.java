package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.UUID;

import org.chemsafe.enterprise.InventoryLine;
import org.jspecify.annotations.Nullable;

/** An inventory item: what was entered, and the design maximum quantity that counts (entered or derived). */
record InventoryItemView(UUID id, UUID unitId, UUID chemicalId, String chemicalName,
        @Nullable BigDecimal enteredTonnes, @Nullable BigDecimal designMaxTonnes, InventoryLine.Source source,
        @Nullable String problem) {
}
