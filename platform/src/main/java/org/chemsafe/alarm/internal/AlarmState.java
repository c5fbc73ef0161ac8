package org.chemsafe.alarm.internal;

import java.time.Instant;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.jspecify.annotations.Nullable;

/**
 * The ISA-18.2 state of one alarm: active (the condition present) and acknowledged are independent; shelved with a
 * reason and expiry; out of service with the reason; suppressed by design with the reason; closed (销警) once
 * returned, acknowledged and disposed. The condition and severity are the highest the alarm reached; occurrences
 * count its raises.
 */
record AlarmState(AlarmCondition condition, AlarmSeverity severity, @Nullable Integer gasLevel, boolean active,
        boolean acknowledged, @Nullable Shelf shelf, @Nullable OutOfService outOfService,
        @Nullable String suppressedBy, boolean closed, int occurrences, Instant firstRaisedAt, Instant lastSeenAt) {

    boolean shelved() {
        return shelf != null;
    }

    boolean inService() {
        return outOfService == null;
    }

    AlarmState withActive(boolean now) {
        return new AlarmState(condition, severity, gasLevel, now, acknowledged, shelf, outOfService, suppressedBy,
                closed, occurrences, firstRaisedAt, lastSeenAt);
    }

    AlarmState withAcknowledged(boolean now) {
        return new AlarmState(condition, severity, gasLevel, active, now, shelf, outOfService, suppressedBy, closed,
                occurrences, firstRaisedAt, lastSeenAt);
    }

    AlarmState withShelf(@Nullable Shelf now) {
        return new AlarmState(condition, severity, gasLevel, active, acknowledged, now, outOfService, suppressedBy,
                closed, occurrences, firstRaisedAt, lastSeenAt);
    }

    AlarmState withOutOfService(@Nullable OutOfService now) {
        return new AlarmState(condition, severity, gasLevel, active, acknowledged, shelf, now, suppressedBy, closed,
                occurrences, firstRaisedAt, lastSeenAt);
    }

    /** Closed: a shelf and an out-of-service end with it. */
    AlarmState closedNow() {
        return new AlarmState(condition, severity, gasLevel, active, acknowledged, null, null, suppressedBy, true,
                occurrences, firstRaisedAt, lastSeenAt);
    }
}
