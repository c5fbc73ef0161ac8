package org.chemsafe.notification.internal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code chemsafe.notification.*}): whether the delivery worker runs ({@code dispatch}, on;
 * every {@code dispatch-every}, 2 s), the retry back-off (the first retry after {@code first-retry}, doubling up to
 * {@code max-retry}) and the attempts before a delivery is given up ({@code max-attempts}), the timeout of one HTTP
 * call, the e-mail sender address (e-mail goes out once {@code spring.mail.host} is set) and the SMS gateway
 * ({@code sms.url}, with an optional bearer {@code sms.token}; SMS goes out once the URL is set).
 */
@ConfigurationProperties("chemsafe.notification")
record NotificationSettings(@DefaultValue("true") boolean dispatch, @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("30m") Duration maxRetry, @DefaultValue("8") int maxAttempts,
        @DefaultValue("5s") Duration httpTimeout, @DefaultValue("chemsafe@localhost") String mailFrom,
        @DefaultValue Sms sms) {

    /** The SMS gateway: POST {"phone", "text"} to the URL. */
    record Sms(@Nullable URI url, @Nullable String token) {
    }

    /** The wait before the attempt after {@code attempts} failed ones. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
