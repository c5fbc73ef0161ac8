package org.chemsafe.alarm.internal;

import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.jspecify.annotations.Nullable;

/**
 * One stored alarm: who it is about (and the originator's label for people), its type and state, the objects it
 * concerns, whether it was flagged as chattering ({@link ChatterWindow}), its disposal once disposed.
 */
record AlarmRecord(UUID id, UUID enterpriseId, Originator originator, String label, AlarmType type, AlarmState state,
        List<AlarmLink> links, boolean chattering, @Nullable Disposal disposal) {

    AlarmKey key() {
        return new AlarmKey(originator, type);
    }

    AlarmRecord with(AlarmState next) {
        return new AlarmRecord(id, enterpriseId, originator, label, type, next, links, chattering, disposal);
    }

    AlarmRecord flaggedChattering() {
        return new AlarmRecord(id, enterpriseId, originator, label, type, state, links, true, disposal);
    }
}
