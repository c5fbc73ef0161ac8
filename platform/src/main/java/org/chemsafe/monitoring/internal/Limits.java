package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.jspecify.annotations.Nullable;

/**
 * The four alarm limits of a point (低低报, 低报, 高报, 高高报), each optional; when present they keep
 * lowLow ≤ low ≤ high ≤ highHigh.
 */
record Limits(
        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal lowLow,
        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal low,
        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal high,
        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal highHigh) {

    static final Limits NONE = new Limits(null, null, null, null);

    boolean isEmpty() {
        return lowLow == null && low == null && high == null && highHigh == null;
    }
}
