package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** Where the point sits on the site plan, in the plan image's pixels from its top-left corner. */
record PlanPosition(@NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal x,
        @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal y) {
}
