package org.chemsafe.dualprevention.internal.inspection;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which inspection records a list or ledger shows; every part optional.
 *
 * @param from records checked at or after this moment
 * @param to   records checked before this moment
 */
record InspectionRecordFilter(@Nullable UUID enterpriseId, @Nullable UUID checkTaskId,
        @Nullable CheckStatus checkStatus, @Nullable UUID recordedBy, @Nullable Instant from, @Nullable Instant to) {
}
