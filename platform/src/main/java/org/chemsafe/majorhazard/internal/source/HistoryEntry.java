package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chemsafe.majorhazard.MajorHazardLevel;
import org.jspecify.annotations.Nullable;

/** One past assessment of a source's unit. */
record HistoryEntry(long id, Instant assessedAt, AssessmentTrigger trigger, @Nullable Integer exposedPeople,
        boolean complete, @Nullable BigDecimal sumRatio, boolean majorHazard, @Nullable BigDecimal r,
        @Schema(implementation = MajorHazardLevel.class) @Nullable Integer level) {
}
