package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.FreePorts;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import tools.jackson.databind.JsonNode;

/**
 * The subscription to an external broker against a real one (Moquette, embedded in the test): samples published
 * there are stored for the token's enterprise, a malformed message does not stop the subscription, QoS 1 messages
 * published while the platform is away arrive when it is back (persistent session, acknowledged only after the
 * commit), and a token that is not a TELEMETRY token or a broker that is not there are reported, not fatal.
 */
@PlatformTest
class BrokerSubscriptionTests {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static Server broker;
    private static int brokerPort;

    @LocalServerPort
    int port;

    @Autowired
    BrokerSubscriptions subscriptions;

    @BeforeAll
    static void startBroker() throws Exception {
        brokerPort = FreePorts.next();
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", Integer.toString(brokerPort));
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("telemetry_enabled", "false");
        properties.setProperty("persistence_enabled", "false");
        broker = new Server();
        broker.startServer(new MemoryConfig(properties));
    }

    @AfterAll
    static void stopBroker() {
        broker.stopServer();
    }

    @Test
    void samplesPublishedToTheBrokerAreStoredAndAMalformedMessageDoesNotStopTheSubscription() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String level = created(safety.post("/api/v1/points", Map.of("tag", "LT-501", "name", "原料罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 20)));
        BrokerSubscriber subscriber = subscriptions.subscriber(subscription("plant/+/telemetry", token(safety)));
        subscriber.start();
        try {
            await().atMost(WAIT).until(() -> subscriber.status() == BrokerSubscriber.Status.CONNECTED);
            try (Publisher gateway = new Publisher()) {
                gateway.publish("plant/a/telemetry", "{not json");
                gateway.publish("plant/a/telemetry", telemetry("LT-501", Instant.now(), 12.5));
            }
            await().atMost(WAIT).untilAsserted(() -> assertThat(latest(safety, level)).isEqualTo(12.5));
        } finally {
            subscriber.stop();
        }
    }

    @Test
    void messagesPublishedWhileThePlatformIsAwayArriveWhenItIsBack() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String level = created(safety.post("/api/v1/points", Map.of("tag", "LT-502", "name", "成品罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 20)));
        BrokerSubscription subscription = subscription("plant/b/telemetry", token(safety));
        BrokerSubscriber first = subscriptions.subscriber(subscription);
        first.start();
        await().atMost(WAIT).until(() -> first.status() == BrokerSubscriber.Status.CONNECTED);
        first.stop();
        assertThat(first.status()).isEqualTo(BrokerSubscriber.Status.STOPPED);

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Publisher gateway = new Publisher()) {
            gateway.publish("plant/b/telemetry", telemetry("LT-502", t0, 7.25));
        }
        BrokerSubscriber back = subscriptions.subscriber(subscription);
        back.start();
        try {
            await().atMost(WAIT).untilAsserted(() -> assertThat(latest(safety, level)).isEqualTo(7.25));
        } finally {
            back.stop();
        }
    }

    @Test
    void aTokenOfAnotherPurposeOrNoBrokerIsReportedAndTriedAgain() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        Response integration = safety.post("/api/v1/api-tokens", Map.of("name", "视频", "purpose", "VIDEO"));
        assertThat(integration.status()).as(integration.body()).isEqualTo(201);
        BrokerSubscriber wrongToken = subscriptions.subscriber(
                subscription("plant/c/telemetry", integration.json().path("token").asString()));
        wrongToken.start();
        BrokerSubscriber noBroker = subscriptions.subscriber(new BrokerSubscription(
                "tcp://127.0.0.1:" + FreePorts.next(), "plant/d/telemetry", "chemsafe-" + UUID.randomUUID(), null,
                null, token(safety)));
        noBroker.start();
        try {
            await().atMost(WAIT).until(() -> wrongToken.status() == BrokerSubscriber.Status.TOKEN_REFUSED);
            await().atMost(WAIT).until(() -> noBroker.status() == BrokerSubscriber.Status.RETRYING);
        } finally {
            wrongToken.stop();
            noBroker.stop();
        }
    }

    private static BrokerSubscription subscription(String topic, String token) {
        return new BrokerSubscription("tcp://127.0.0.1:" + brokerPort, topic, "chemsafe-" + UUID.randomUUID(), null,
                null, token);
    }

    private static String token(ApiClient administrator) {
        Response token = administrator.post("/api/v1/api-tokens", Map.of("name", "外部代理", "purpose", "TELEMETRY"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asString();
    }

    private static String telemetry(String tag, Instant ts, double value) {
        return "{\"gateway\":\"GW-EXT\",\"samples\":[{\"tag\":\"" + tag + "\",\"ts\":\"" + ts + "\",\"value\":" + value
                + "}]}";
    }

    private static double latest(ApiClient reader, String point) {
        JsonNode latest = reader.get("/api/v1/points/latest?ids=" + point).json();
        return latest.path(0).path("value").asDouble(Double.NaN);
    }

    /** A gateway publishing to the broker at QoS 1. */
    private static final class Publisher implements AutoCloseable {

        private final MqttClient client;

        Publisher() throws MqttException {
            client = new MqttClient("tcp://127.0.0.1:" + brokerPort, "gateway-" + UUID.randomUUID(),
                    new MemoryPersistence());
            client.connect();
        }

        void publish(String topic, String payload) throws MqttException {
            client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
        }

        @Override
        public void close() throws MqttException {
            client.disconnect();
            client.close();
        }
    }
}
