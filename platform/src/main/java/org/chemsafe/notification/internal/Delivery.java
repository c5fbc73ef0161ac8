package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notice to one recipient on one channel: the user (browser, e-mail, SMS) or the webhook, the address used (the
 * e-mail address, the phone number, the URL, the username), its state and attempts.
 */
record Delivery(UUID id, UUID noticeId, UUID enterpriseId, DeliveryChannel channel, @Nullable UUID userId,
        @Nullable UUID webhookId, @Nullable WebhookFormat format, String address, DeliveryStatus status, int attempts, @Nullable Instant nextAttemptAt,
        @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {

    /** A new delivery to a user: pending (due at once) or, for the browser, settled already. */
    static Delivery toUser(StoredNotice notice, DeliveryChannel channel, UUID userId, String address,
            DeliveryStatus status, Instant now) {
        return of(notice, channel, userId, null, null, address, status, now);
    }

    /** A new delivery to a webhook, due at once. */
    static Delivery toWebhook(StoredNotice notice, Webhook webhook, Instant now) {
        return of(notice, DeliveryChannel.WEBHOOK, null, webhook.id(), webhook.format(), webhook.url(),
                DeliveryStatus.PENDING, now);
    }

    private static Delivery of(StoredNotice notice, DeliveryChannel channel, @Nullable UUID userId,
            @Nullable UUID webhookId, @Nullable WebhookFormat format, String address, DeliveryStatus status,
            Instant now) {
        return new Delivery(UUID.randomUUID(), notice.id(), notice.enterpriseId(), channel, userId, webhookId, format,
                address, status, 0, status == DeliveryStatus.PENDING ? now : null, null, now,
                status == DeliveryStatus.DELIVERED ? now : null);
    }
}
