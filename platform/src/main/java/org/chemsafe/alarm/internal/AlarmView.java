package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.OriginatorType;
import org.jspecify.annotations.Nullable;

/**
 * An alarm as the API shows it: its enterprise (with the name), originator (with its label: a point's tag and name),
 * type, condition and severity (with its colour; a gas detector's alarm also with its GB/T 50493-2019 level), the
 * independent states (with the shelf's and the out-of-service's reason), whether it chatters, occurrences and event times, related objects, and the disposal once
 * closed.
 */
record AlarmView(UUID id, UUID enterpriseId, @Nullable String enterpriseName, OriginatorType originatorType,
        UUID originatorId, String label, AlarmType type, AlarmCondition condition, AlarmSeverity severity,
        String colour, @Nullable Integer gasLevel, boolean active, boolean acknowledged, boolean shelved,
        @Nullable String shelveReason, @Nullable Instant shelvedUntil, boolean outOfService,
        @Nullable String outOfServiceReason, @Nullable Instant outOfServiceSince, boolean suppressed,
        @Nullable String suppressedBy, boolean chattering, boolean closed, int occurrences, Instant firstRaisedAt,
        Instant lastSeenAt, List<AlarmLink> links, @Nullable Disposal disposal) {

    static AlarmView of(AlarmRecord alarm, @Nullable String enterpriseName) {
        AlarmState state = alarm.state();
        Shelf shelf = state.shelf();
        OutOfService outOfService = state.outOfService();
        return new AlarmView(alarm.id(), alarm.enterpriseId(), enterpriseName, alarm.originator().type(),
                alarm.originator().id(), alarm.label(), alarm.type(), state.condition(), state.severity(),
                state.severity().colour(), state.gasLevel(), state.active(), state.acknowledged(), shelf != null,
                shelf == null ? null : shelf.reason(), shelf == null ? null : shelf.until(), outOfService != null,
                outOfService == null ? null : outOfService.reason(), outOfService == null ? null : outOfService.since(),
                state.suppressedBy() != null, state.suppressedBy(), alarm.chattering(), state.closed(),
                state.occurrences(), state.firstRaisedAt(), state.lastSeenAt(), alarm.links(), alarm.disposal());
    }
}
