package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One past assessment of a source's unit. */
record HistoryEntry(long id, Instant assessedAt, AssessmentTrigger trigger, @Nullable Integer exposedPeople,
        boolean complete, @Nullable BigDecimal sumRatio, boolean majorHazard, @Nullable BigDecimal r,
        @Nullable Integer level) {
}
