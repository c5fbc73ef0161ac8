package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.alarm.AlarmSeverity;
import org.jspecify.annotations.Nullable;

/** A notice as a user's browser receives and lists it (the {@code colour} of its severity for the banner). */
record NoticeView(UUID id, UUID enterpriseId, NoticeKind kind, @Nullable UUID alarmId, AlarmSeverity severity,
        String colour, String subject, String body, Instant at) {

    static NoticeView of(StoredNotice notice) {
        return new NoticeView(notice.id(), notice.enterpriseId(), notice.kind(), notice.alarmId(), notice.severity(),
                notice.severity().colour(), notice.subject(), notice.body(), notice.at());
    }
}
