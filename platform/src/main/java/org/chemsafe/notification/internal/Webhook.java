package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.alarm.AlarmSeverity;

/**
 * An enterprise's webhook: the notices of at least {@code minSeverity} are POSTed to its URL in its format, signed
 * when it has a secret ({@code signed}; the secret itself is never shown).
 */
record Webhook(UUID id, UUID enterpriseId, String name, WebhookFormat format, String url, AlarmSeverity minSeverity,
        boolean enabled, boolean signed, Instant updatedAt) {

    boolean wants(AlarmSeverity severity) {
        return enabled && severity.ordinal() <= minSeverity.ordinal();
    }
}
