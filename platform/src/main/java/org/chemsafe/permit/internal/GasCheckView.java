package org.chemsafe.permit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The answer of {@code POST /api/v1/permits/rules/gas-check}; see {@link GasVerdict} for the times. */
record GasCheckView(boolean pass, List<RuleFinding> reasons, OffsetDateTime validUntil,
        @Nullable OffsetDateTime retestRequiredAt) {
}
