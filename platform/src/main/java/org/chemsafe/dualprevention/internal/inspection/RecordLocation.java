package org.chemsafe.dualprevention.internal.inspection;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.jspecify.annotations.Nullable;

/**
 * Where a check was done: latitude and longitude (WGS 84, from the phone), or x and y in metres on the site plan
 * (x east, y north, the frame the plan is calibrated to), or both; each pair complete.
 */
record RecordLocation(
        @Nullable @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6) BigDecimal latitude,
        @Nullable @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude,
        @Nullable @DecimalMin("-100000") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal x,
        @Nullable @DecimalMin("-100000") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal y) {
}
