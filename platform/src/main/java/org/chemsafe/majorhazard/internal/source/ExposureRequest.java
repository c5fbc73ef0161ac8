package org.chemsafe.majorhazard.internal.source;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** People permanently within 500 m outside the unit's boundary (GB 18218-2018 Table 5). */
record ExposureRequest(@NotNull @PositiveOrZero @Max(10_000_000) Integer exposedPeople) {
}
