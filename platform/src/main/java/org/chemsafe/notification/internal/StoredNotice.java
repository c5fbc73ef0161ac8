package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.notification.UserNotice;
import org.jspecify.annotations.Nullable;

/** A notice as kept and shown: what it is about and the text people read. */
record StoredNotice(UUID id, UUID enterpriseId, NoticeKind kind, @Nullable UUID alarmId,
        AlarmSeverity severity, String subject, String body, Instant at) {

    static StoredNotice of(AlarmNotice notice) {
        return new StoredNotice(notice.noticeId(), notice.enterpriseId(), NoticeKind.of(notice.kind()),
                notice.alarmId(), notice.severity(), notice.subject(), notice.body(), notice.at());
    }

    /** A notice to named users: about no alarm, at the lowest severity (blue, one tone). */
    static StoredNotice of(UserNotice notice) {
        return new StoredNotice(notice.noticeId(), notice.enterpriseId(), NoticeKind.of(notice.topic()), null,
                AlarmSeverity.WARNING, notice.subject(), notice.body(), notice.at());
    }

    /** The one text of channels without a subject (SMS, robot messages). */
    String text() {
        return subject + "\n" + body;
    }
}
