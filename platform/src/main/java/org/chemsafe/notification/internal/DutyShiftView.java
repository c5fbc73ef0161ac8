package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A duty shift as the API shows it, with its members' names. */
record DutyShiftView(UUID id, UUID enterpriseId, String name, Instant startsAt, Instant endsAt, List<Member> members,
        Instant updatedAt) {

    /** One person on the shift (a member who has since left or been disabled shows without a name). */
    record Member(UUID id, String displayName) {
    }
}
