package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * A chemical a unit holds with its design maximum quantity in tonnes; for a tank farm the quantity may be left out,
 * and is then derived from the farm's tanks holding the chemical.
 */
record InventoryItemRequest(@NotNull UUID chemicalId,
        @Nullable @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 10, fraction = 4) BigDecimal designMaxTonnes) {
}
