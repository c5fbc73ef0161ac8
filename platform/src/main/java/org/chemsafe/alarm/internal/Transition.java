package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.jspecify.annotations.Nullable;

/**
 * One recorded step of an alarm: what, when, by whom ({@code actorId} null for the platform itself: a rule, an
 * expired shelf), the condition and severity after it, and the person's comment or reason.
 */
record Transition(TransitionKind kind, Instant at, @Nullable UUID actorId, String actorName,
        AlarmCondition condition, AlarmSeverity severity, @Nullable String comment) {
}
