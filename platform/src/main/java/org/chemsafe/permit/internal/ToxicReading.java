package org.chemsafe.permit.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;

/**
 * A toxic gas measured against its occupational exposure limit (GBZ 2.1, 6.4), both in the same unit.
 *
 * @param name  the gas, as the analyst names it (e.g. 硫化氢)
 * @param value the measured concentration
 * @param limit the limit it must not exceed (MAC, or PC-STEL / PC-TWA as the enterprise's rules say)
 * @param unit  the unit of both, e.g. mg/m³ or ppm
 */
record ToxicReading(
        @NotBlank @Size(max = 64) @SingleLine String name,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal value,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") BigDecimal limit,
        @NotBlank @Size(max = 16) @SingleLine String unit) {
}
