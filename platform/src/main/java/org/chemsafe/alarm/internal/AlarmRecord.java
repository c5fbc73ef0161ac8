package org.chemsafe.alarm.internal;

import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.jspecify.annotations.Nullable;

/** One stored alarm: who it is about, its type and state, the objects it concerns, its disposal once disposed. */
record AlarmRecord(UUID id, UUID enterpriseId, Originator originator, AlarmType type, AlarmState state,
        List<AlarmLink> links, @Nullable Disposal disposal) {

    AlarmKey key() {
        return new AlarmKey(originator, type);
    }

    AlarmRecord with(AlarmState next) {
        return new AlarmRecord(id, enterpriseId, originator, type, next, links, disposal);
    }
}
