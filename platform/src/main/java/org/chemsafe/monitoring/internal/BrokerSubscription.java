package org.chemsafe.monitoring.internal;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One external MQTT broker the platform subscribes to ({@code chemsafe.mqtt.subscriptions[i].*}), for plants whose
 * gateways already publish to a broker of their own: its URL ({@code tcp://host:1883}, {@code ssl://…}), the topic
 * filter, the client id (stable: the broker keeps the session, so QoS 1 messages published while the platform is
 * down are delivered when it is back), the broker's own user name and password if it wants them, and the API token
 * of purpose TELEMETRY whose enterprise the samples belong to.
 */
record BrokerSubscription(@NotBlank String url, @DefaultValue(MqttSettings.TOPIC) @NotBlank String topic,
        @DefaultValue("chemsafe-platform") @NotBlank String clientId, @Nullable String username,
        @Nullable String password, @NotBlank String token) {

    /** How logs and metrics name it: the URL and topic, never the credentials. */
    String name() {
        return url + " " + topic;
    }
}
