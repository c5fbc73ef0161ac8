package org.chemsafe.alarm;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something people must be told about alarms: a raise, a step of the escalation ladder, a reminder, an alarm active
 * too long, or one flood message standing for many alarms of a unit. The alarm centre decides who (roles of the
 * enterprise and named users) and publishes it after commit; the notification module delivers it on its channels.
 *
 * @param alarmId the alarm, or null for a flood message (which names its alarms in the body)
 * @param subject one line, in the platform's default language
 * @param body the text people read, in the platform's default language
 */
public record AlarmNotice(UUID noticeId, UUID enterpriseId, Kind kind, @Nullable UUID alarmId, AlarmSeverity severity,
        String subject, String body, Set<String> recipientRoles, Set<UUID> recipientUserIds, Instant at) {

    /** Why people are told. */
    public enum Kind {
        RAISED, ESCALATED, REMINDER, ACTIVE_TOO_LONG, FLOOD
    }

    public AlarmNotice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
        if (alarmId == null && kind != Kind.FLOOD) {
            throw new IllegalArgumentException("only a flood message stands for no single alarm");
        }
        recipientRoles = Set.copyOf(recipientRoles);
        recipientUserIds = Set.copyOf(recipientUserIds);
    }
}
