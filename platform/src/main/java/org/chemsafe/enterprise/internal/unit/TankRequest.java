package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A tank of a tank farm: volume in m³, the chemical it holds (its medium), design pressure in MPa and temperature
 * in °C, and the maximum fill ratio (0 < ratio ≤ 1) that bounds its design maximum quantity.
 */
record TankRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "{unit.code.pattern}") String code,
        @NotNull TankType tankType,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 9, fraction = 3) BigDecimal volumeM3,
        @Nullable UUID chemicalId,
        @Nullable @DecimalMin("-0.1") @DecimalMax("100") @Digits(integer = 4, fraction = 4) BigDecimal designPressureMpa,
        @Nullable @DecimalMin("-273") @DecimalMax("1000") @Digits(integer = 5, fraction = 1) BigDecimal designTemperatureC,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 3) BigDecimal maxFillRatio) {
}
