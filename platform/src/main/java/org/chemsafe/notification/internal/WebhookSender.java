package org.chemsafe.notification.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** A webhook's POST in its format, signed with the webhook's secret when it has one ({@link WebhookSignature}). */
@Component
class WebhookSender implements ChannelSender {

    private final JsonPoster poster;
    private final WebhookRepository webhooks;
    private final JsonMapper json;
    private final Clock clock;

    WebhookSender(JsonPoster poster, WebhookRepository webhooks, JsonMapper json, Clock clock) {
        this.poster = poster;
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
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
        Delivery delivery = due.delivery();
        WebhookFormat format = Objects.requireNonNull(delivery.format());
        UUID webhookId = delivery.webhookId();
        String secret = webhookId == null ? null : webhooks.secretOf(webhookId);
        WebhookSignature.SignedRequest request = WebhookSignature.sign(format, URI.create(delivery.address()),
                format.body(due.notice()), secret, clock.instant(), json);
        poster.send(request.url(), request.body(), request.headers());
    }
}
