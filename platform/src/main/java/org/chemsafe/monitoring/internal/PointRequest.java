package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A point (位号) as registered or changed. {@code enterpriseId} is needed only from platform and government users.
 * Empty limits on a gas detector take the GB/T 50493-2019 5.5.2 defaults ({@link GasDetectorDefaults});
 * {@code chemicalId} names the monitored chemical, whose occupational exposure limit sets a toxic detector's.
 * {@code onDelaySeconds} and {@code offDelaySeconds} are the point's own alarm delays (none: the platform's).
 */
@ValidPoint
record PointRequest(
        @Nullable UUID enterpriseId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "{monitoring.point.tag.pattern}") String tag,
        @NotBlank @Size(max = 100) String name,
        @NotNull IndicatorType indicatorType,
        @Nullable @Size(max = 16) String unit,
        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal rangeLow,
        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal rangeHigh,
        @Nullable @Valid Limits limits,
        @Nullable @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 6) BigDecimal deadband,
        @Nullable @Min(1) @Max(86_400) Integer expectedPeriodSeconds,
        @Nullable @Min(0) @Max(3_600) Integer onDelaySeconds,
        @Nullable @Min(0) @Max(3_600) Integer offDelaySeconds,
        @Nullable @Valid LinkedObject linkedObject,
        @Nullable UUID chemicalId,
        @Nullable @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "{monitoring.point.tag.pattern}") String gatewayCode,
        @Nullable @Valid PlanPosition position,
        @Nullable @Size(max = 64) String nationalIndicatorCode,
        @Nullable Boolean enabled) {

    /** The request's limits, none when it gives none. */
    Limits givenLimits() {
        return limits == null ? Limits.NONE : limits;
    }
}
