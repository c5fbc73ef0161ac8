package org.chemsafe.dualprevention.internal.hidden;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of a hidden danger's append-only history: its report or a step of its lifecycle.
 *
 * @param action     {@code REPORT} or a {@link HiddenDangerAction}
 * @param fromStatus the status before the step, none for the report
 */
record HiddenDangerStep(String action, @Nullable HiddenDangerStatus fromStatus, HiddenDangerStatus toStatus,
        UUID actorId, String actorName, Instant at, @Nullable String comment) {
}
