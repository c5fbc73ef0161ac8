package org.chemsafe.notification.internal;

import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The SMS gateway over HTTP: POSTs {@code {"phone", "text"}} to {@code chemsafe.notification.sms.url} (with the
 * optional bearer token), the shape an operator's SMS relay or a small adapter to a provider's API takes.
 */
@Component
class HttpSmsGateway implements SmsGateway {

    private final JsonPoster poster;
    private final NotificationSettings settings;

    HttpSmsGateway(JsonPoster poster, NotificationSettings settings) {
        this.poster = poster;
        this.settings = settings;
    }

    @Override
    public boolean configured() {
        return settings.sms().url() != null;
    }

    @Override
    public void send(String phone, String text) throws Exception {
        poster.post(Objects.requireNonNull(settings.sms().url()), Map.of("phone", phone, "text", text),
                settings.sms().token());
    }
}
