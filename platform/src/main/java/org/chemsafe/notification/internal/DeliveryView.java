package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmSeverity;
import org.jspecify.annotations.Nullable;

/** A delivery as the record lists it, with its notice's subject and (in the detail) every attempt. */
record DeliveryView(UUID id, UUID noticeId, UUID enterpriseId, @Nullable UUID alarmId, NoticeKind kind,
        AlarmSeverity severity, String subject, DeliveryChannel channel, @Nullable UUID userId,
        @Nullable UUID webhookId, @Nullable WebhookFormat format, String address, DeliveryStatus status, int attempts,
        @Nullable Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt,
        List<Attempt> attemptLog) {

    /** One attempt: when, whether it went through, and the channel's error. */
    record Attempt(Instant at, boolean succeeded, @Nullable String error) {
    }

    static DeliveryView of(Delivery delivery, StoredNotice notice, List<Attempt> attempts) {
        return new DeliveryView(delivery.id(), delivery.noticeId(), delivery.enterpriseId(), notice.alarmId(),
                notice.kind(), notice.severity(), notice.subject(), delivery.channel(), delivery.userId(),
                delivery.webhookId(), delivery.format(), delivery.address(), delivery.status(), delivery.attempts(),
                delivery.nextAttemptAt(), delivery.lastError(), delivery.createdAt(), delivery.deliveredAt(),
                attempts);
    }
}
