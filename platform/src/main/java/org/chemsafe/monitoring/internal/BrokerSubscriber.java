package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chemsafe.identity.MachineTokens;
import org.chemsafe.shared.Actor;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscription to one external broker: connects with a persistent session (clean session off), subscribes to
 * the topic at QoS 1 and hands each message to {@link TelemetryMessages}, the same path as the embedded endpoint.
 * Acknowledgements are manual: a message's PUBACK goes to the broker only once its samples are committed; a failed
 * store drops the connection unacknowledged, so the broker delivers the message again. A lost connection is tried
 * again with a back-off doubling from one second to the configured maximum. The token is checked before every
 * connection and once a minute while connected: a revoked token ends the subscription until it is valid again.
 * All connection work runs on the one scheduler thread it is given; messages arrive on the client's thread.
 */
final class BrokerSubscriber implements MqttCallback {

    /** What the subscription is doing now. */
    enum Status {
        CONNECTING, CONNECTED, RETRYING, TOKEN_REFUSED, STOPPED
    }

    private static final Logger LOG = LoggerFactory.getLogger(BrokerSubscriber.class);
    private static final String PURPOSE = "TELEMETRY";
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration TOKEN_CHECK = Duration.ofMinutes(1);
    private static final int KEEP_ALIVE_SECONDS = 30;

    private final BrokerSubscription subscription;
    private final MachineTokens tokens;
    private final TelemetryMessages messages;
    private final ScheduledExecutorService scheduler;
    private final Duration maxDelay;
    private volatile Status status = Status.CONNECTING;
    private volatile @Nullable UUID enterpriseId;
    private @Nullable MqttClient client;
    private Duration delay = FIRST_DELAY;

    BrokerSubscriber(BrokerSubscription subscription, MachineTokens tokens, TelemetryMessages messages,
            ScheduledExecutorService scheduler, Duration maxDelay) {
        this.subscription = subscription;
        this.tokens = tokens;
        this.messages = messages;
        this.scheduler = scheduler;
        this.maxDelay = maxDelay;
    }

    void start() {
        scheduler.execute(this::connect);
    }

    /** Disconnects and stays so; waits for the scheduler thread to have done it. */
    void stop() {
        try {
            scheduler.submit(() -> {
                status = Status.STOPPED;
                close();
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception interruptedOrFailed) {
            LOG.warn("MQTT subscription {}: stopping did not finish cleanly", subscription.name(), interruptedOrFailed);
        }
    }

    Status status() {
        return status;
    }

    private void connect() {
        if (status == Status.STOPPED) {
            return;
        }
        Optional<UUID> enterprise = enterprise();
        if (enterprise.isEmpty()) {
            status = Status.TOKEN_REFUSED;
            LOG.error("MQTT subscription {}: its token is not a usable API token of purpose TELEMETRY; retrying in {}",
                    subscription.name(), delay);
            retryLater();
            return;
        }
        enterpriseId = enterprise.get();
        status = Status.CONNECTING;
        MqttClient connecting = null;
        try {
            connecting = new MqttClient(subscription.url(), subscription.clientId(), new MemoryPersistence());
            connecting.setManualAcks(true);
            connecting.setCallback(this);
            connecting.connect(options());
            connecting.subscribe(subscription.topic(), 1);
            client = connecting;
            status = Status.CONNECTED;
            delay = FIRST_DELAY;
            LOG.info("MQTT subscription {}: connected as {}", subscription.name(), subscription.clientId());
            scheduler.schedule(this::checkToken, TOKEN_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (MqttException | IllegalArgumentException failed) {
            LOG.warn("MQTT subscription {}: cannot connect ({}); retrying in {}", subscription.name(),
                    failed.getMessage(), delay);
            closeQuietly(connecting);
            status = Status.RETRYING;
            retryLater();
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
        if (subscription.username() != null) {
            options.setUserName(subscription.username());
        }
        if (subscription.password() != null) {
            options.setPassword(subscription.password().toCharArray());
        }
        return options;
    }

    private Optional<UUID> enterprise() {
        return tokens.authenticate(subscription.token(), PURPOSE).map(Actor::scope)
                .map(scope -> scope.enterpriseId());
    }

    private void checkToken() {
        if (status != Status.CONNECTED) {
            return;
        }
        if (enterprise().isEmpty()) {
            LOG.error("MQTT subscription {}: its token was revoked or expired; disconnected", subscription.name());
            close();
            status = Status.TOKEN_REFUSED;
            retryLater();
            return;
        }
        scheduler.schedule(this::checkToken, TOKEN_CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void retryLater() {
        if (status == Status.STOPPED) {
            return;
        }
        scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        Duration doubled = delay.multipliedBy(2);
        delay = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }

    @Override
    public void connectionLost(Throwable cause) {
        scheduler.execute(() -> {
            if (status != Status.CONNECTED) {
                return;
            }
            LOG.warn("MQTT subscription {}: connection lost ({}); retrying in {}", subscription.name(),
                    cause.getMessage(), delay);
            closeQuietly(client);
            client = null;
            status = Status.RETRYING;
            retryLater();
        });
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        MqttClient receiver = client;
        UUID enterprise = enterpriseId;
        if (receiver == null || enterprise == null) {
            return;
        }
        int id = message.getId();
        int qos = message.getQos();
        messages.consume(enterprise, subscription.clientId(), message.getPayload()).whenComplete((stored, failure) -> {
            if (failure == null) {
                acknowledge(receiver, id, qos);
            } else {
                LOG.error("MQTT subscription {}: storing a message failed; reconnecting so the broker sends it again",
                        subscription.name(), failure);
                scheduler.execute(() -> {
                    if (client == receiver) {
                        connectionLost(failure);
                    }
                });
            }
        });
    }

    private void acknowledge(MqttClient receiver, int id, int qos) {
        try {
            receiver.messageArrivedComplete(id, qos);
        } catch (MqttException lost) {
            LOG.debug("MQTT subscription {}: PUBACK of {} not sent ({}); the broker sends it again",
                    subscription.name(), id, lost.getMessage());
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the subscription publishes nothing
    }

    private void close() {
        closeQuietly(client);
        client = null;
    }

    private void closeQuietly(@Nullable MqttClient closing) {
        if (closing == null) {
            return;
        }
        try {
            if (closing.isConnected()) {
                closing.disconnectForcibly(0, 1_000, true);
            }
            closing.close(true);
        } catch (MqttException ignored) {
            LOG.debug("MQTT subscription {}: closing the client: {}", subscription.name(), ignored.getMessage());
        }
    }
}
