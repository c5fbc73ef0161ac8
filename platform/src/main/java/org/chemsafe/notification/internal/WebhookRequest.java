package org.chemsafe.notification.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A webhook as created or changed: {@code enterpriseId} only from platform users; the notices of {@code minSeverity}
 * and above go to it (all of them without one); enabled unless said otherwise. {@code secret} is the robot's signing
 * secret (加签): given, it is set; empty, it is removed; left out, a change keeps the one the webhook has.
 */
record WebhookRequest(
        @Nullable UUID enterpriseId,
        @NotBlank @Size(max = 64) @SingleLine String name,
        @NotNull WebhookFormat format,
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+",
                message = "{notification.webhook.url}") String url,
        @Nullable AlarmSeverity minSeverity,
        @Nullable Boolean enabled,
        @Nullable @Size(max = 200) @SingleLine String secret) {

    AlarmSeverity severityFloor() {
        return minSeverity == null ? AlarmSeverity.WARNING : minSeverity;
    }

    boolean isEnabled() {
        return enabled == null || enabled;
    }
}
