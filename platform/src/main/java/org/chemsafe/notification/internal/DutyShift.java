package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A duty shift (值班) of an enterprise: its name (白班, 夜班, …), from when to when, and who is on it. */
record DutyShift(UUID id, UUID enterpriseId, String name, Instant startsAt, Instant endsAt, List<UUID> memberIds,
        Instant updatedAt) {

    boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
