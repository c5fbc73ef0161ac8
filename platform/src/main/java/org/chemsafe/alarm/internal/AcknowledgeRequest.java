package org.chemsafe.alarm.internal;

import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/** Acknowledging an alarm, with an optional comment. */
record AcknowledgeRequest(@Nullable @Size(max = 500) @SingleLine String comment) {
}
