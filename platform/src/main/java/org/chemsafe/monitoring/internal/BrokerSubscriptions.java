package org.chemsafe.monitoring.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.chemsafe.identity.MachineTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs the configured external-broker subscriptions ({@link BrokerSubscriber}) while the platform runs, on one
 * scheduler thread of their own; each one's state is the gauge {@code chemsafe.mqtt.subscription.connected} (1 when
 * connected), tagged with its URL and topic.
 */
@Component
class BrokerSubscriptions implements SmartLifecycle {

    private final BrokerSubscriptionSettings settings;
    private final MachineTokens tokens;
    private final TelemetryMessages messages;
    private final MeterRegistry meters;
    private @Nullable ScheduledExecutorService scheduler;
    private List<BrokerSubscriber> running = List.of();

    BrokerSubscriptions(BrokerSubscriptionSettings settings, MachineTokens tokens, TelemetryMessages messages,
            MeterRegistry meters) {
        this.settings = settings;
        this.tokens = tokens;
        this.messages = messages;
        this.meters = meters;
    }

    /** A subscriber of this broker on the subscriptions' scheduler thread, not started. */
    BrokerSubscriber subscriber(BrokerSubscription subscription) {
        ScheduledExecutorService thread = scheduler;
        if (thread == null) {
            throw new IllegalStateException("the broker subscriptions are not running");
        }
        return new BrokerSubscriber(subscription, tokens, messages, thread, settings.maxReconnectDelay());
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mqtt-subscriptions");
            thread.setDaemon(true);
            return thread;
        });
        running = settings.subscriptions().stream().map(this::subscriber).toList();
        for (BrokerSubscriber subscriber : running) {
            subscriber.start();
        }
        for (int i = 0; i < running.size(); i++) {
            BrokerSubscriber subscriber = running.get(i);
            Gauge.builder("chemsafe.mqtt.subscription.connected",
                    () -> subscriber.status() == BrokerSubscriber.Status.CONNECTED ? 1 : 0)
                    .tag("subscription", settings.subscriptions().get(i).name()).register(meters);
        }
    }

    @Override
    public synchronized void stop() {
        running.forEach(BrokerSubscriber::stop);
        running = List.of();
        ScheduledExecutorService thread = scheduler;
        if (thread != null) {
            thread.shutdownNow();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
