package org.chemsafe.dualprevention.internal.hidden;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The confirmation of a reported hidden danger with its grade, 一般 or 重大. */
record GradingRequest(@NotNull DangerLevel dangerLevel, @Nullable @Size(max = 2000) String comment) {
}
