package org.chemsafe.notification.internal;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.notification.UserNotice;

/** Why people are told: the alarm centre's kinds of notice, and the topics of notices to named users. */
enum NoticeKind {
    RAISED, ESCALATED, REMINDER, ACTIVE_TOO_LONG, FLOOD, ROUNDS;

    static NoticeKind of(AlarmNotice.Kind kind) {
        return valueOf(kind.name());
    }

    static NoticeKind of(UserNotice.Topic topic) {
        return valueOf(topic.name());
    }
}
