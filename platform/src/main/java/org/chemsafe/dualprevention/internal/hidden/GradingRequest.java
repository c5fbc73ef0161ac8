package org.chemsafe.dualprevention.internal.hidden;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The confirmation of a reported hidden danger with its grade, 一般 or 重大, and for a 重大 one the item of the 20
 * criteria (安监总管三〔2017〕121号) it matches, if one does ({@link MajorDangerCriteria}).
 */
record GradingRequest(@NotNull DangerLevel dangerLevel, @Nullable @Size(max = 2000) String comment,
        @Nullable @Min(1) @Max(20) Integer majorCriterion) {
}
