package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The external brokers subscribed to ({@code chemsafe.mqtt.subscriptions}, none by default), and how long the
 * back-off between connection attempts grows to. A subscription missing its URL or token stops the start with the
 * property named.
 */
@Validated
@ConfigurationProperties("chemsafe.mqtt")
record BrokerSubscriptionSettings(@DefaultValue List<@Valid BrokerSubscription> subscriptions,
        @DefaultValue("60s") Duration maxReconnectDelay) {
}
