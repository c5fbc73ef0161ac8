package org.chemsafe.notification.internal;

import java.net.URI;
import java.util.Objects;

import org.springframework.stereotype.Component;

/** A webhook's POST in its format. */
@Component
class WebhookSender implements ChannelSender {

    private final JsonPoster poster;

    WebhookSender(JsonPoster poster) {
        this.poster = poster;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void send(DueDelivery due) throws Exception {
        poster.post(URI.create(due.delivery().address()), Objects.requireNonNull(due.delivery().format()).body(due.notice()),
                null);
    }
}
