package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.simulator.AlarmLimits;
import org.chemsafe.simulator.Channel;
import org.chemsafe.simulator.GasLeaks;
import org.chemsafe.simulator.Indicator;
import org.chemsafe.simulator.MqttSink;
import org.chemsafe.simulator.PlantPoint;
import org.chemsafe.simulator.PlantSimulator;
import org.chemsafe.simulator.TankLevel;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.FreePorts;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * MQTT ingestion with a real client (Eclipse Paho, MQTT 3.1.1) against the platform's endpoint on a free port: a
 * QoS 1 publish's delivery completes (PUBACK) only once its samples are in the database; the password must be a
 * TELEMETRY token; another enterprise's tag is unknown; malformed JSON, a bad sample and a wrong topic are counted
 * and the connection goes on.
 */
@PlatformTest
class MqttTelemetryTests {

    private static final int MQTT_PORT = FreePorts.next();
    private static final String TOPIC = "chemsafe/telemetry";

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) {
        registry.add("chemsafe.mqtt.port", () -> MQTT_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQos1PublishIsAcknowledgedOnlyOnceItsSamplesAreCommitted() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String level = created(safety.post("/api/v1/points", Map.of("tag", "LT-201", "name", "2号储罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 20)));
        Instant start = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        MqttClient gateway = connected(token(safety, "TELEMETRY"));
        try {
            for (int message = 0; message < 20; message++) {
                List<String> samples = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    samples.add(sample("LT-201", start.plusMillis(message * 50L + i).toString(), message + i / 100.0));
                }
                gateway.publish(TOPIC, batch("GW-M1", samples), 1, false); // returns on the PUBACK
                // acknowledged means committed: every sample so far is in the table, read without waiting
                assertThat(storedSamples(level)).isEqualTo((message + 1) * 50);
            }
        } finally {
            gateway.disconnect();
            gateway.close();
        }
        JsonNode series = safety.get("/api/v1/points/" + level + "/series?from=" + start + "&to="
                + Instant.now().plusSeconds(60) + "&limit=100000").json();
        assertThat(series.path("samples").size()).isEqualTo(1000);
        JsonNode latest = safety.get("/api/v1/points/latest?ids=" + level).json();
        assertThat(latest.get(0).path("value").asDouble()).isEqualTo(19.49);
    }

    @Test
    void onlyAUsableTelemetryTokenConnects() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        assertThat(refusal("cs_not-a-token")).isEqualTo(MqttException.REASON_CODE_FAILED_AUTHENTICATION);
        assertThat(refusal(token(safety, "READ_ONLY"))).isEqualTo(MqttException.REASON_CODE_FAILED_AUTHENTICATION);
        Response revoked = safety.post("/api/v1/api-tokens", Map.of("name", "撤销的网关", "purpose", "TELEMETRY"));
        String secret = revoked.json().path("token").asString();
        assertThat(safety.delete("/api/v1/api-tokens/" + revoked.json().path("apiToken").path("id").asString()).status())
                .isLessThan(300);
        assertThat(refusal(secret)).isEqualTo(MqttException.REASON_CODE_FAILED_AUTHENTICATION);
        assertThat(refusal(null)).as("no password").isEqualTo(MqttException.REASON_CODE_FAILED_AUTHENTICATION);
    }

    @Test
    void badMessagesAreCountedAndTheConnectionGoesOn() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String pressure = created(safety.post("/api/v1/points", Map.of("tag", "PT-201", "name", "反应釜压力",
                "indicatorType", "PRESSURE")));
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        String theirs = created(other.post("/api/v1/points", Map.of("tag", "PT-999", "name", "他厂压力",
                "indicatorType", "PRESSURE")));
        String now = Instant.now().toString();
        double malformed = rejected("-", "MALFORMED_JSON");
        double invalid = rejected("-", "INVALID_BATCH");
        double badTopic = rejected("-", "BAD_TOPIC");
        double unknown = rejected("GW-M2", "UNKNOWN_TAG");
        double nonNumeric = rejected("GW-M2", "NON_NUMERIC_VALUE");

        MqttClient gateway = connected(token(safety, "TELEMETRY"));
        try {
            gateway.publish(TOPIC, "{\"samples\": [".getBytes(StandardCharsets.UTF_8), 1, false);
            gateway.publish(TOPIC, "{\"samples\": 5}".getBytes(StandardCharsets.UTF_8), 1, false);
            gateway.publish(TOPIC, "{\"gateway\": \"GW 2\", \"samples\": []}".getBytes(StandardCharsets.UTF_8), 1,
                    false);
            gateway.publish("chemsafe/other", batch("GW-M2", List.of(sample("PT-201", now, 1.0))), 1, false);
            gateway.publish(TOPIC, batch("GW-M2", List.of(sample("PT-999", now, 1.0), sample("PT-201", now, "1.0"),
                    sample("PT-201", now, 2.5))), 1, false);
            gateway.publish(TOPIC, batch("GW-M2", List.of(sample("PT-201", now, 2.5))), 0, false);
            assertThat(gateway.isConnected()).isTrue();
        } finally {
            gateway.disconnect();
            gateway.close();
        }
        assertThat(rejected("-", "MALFORMED_JSON") - malformed).isEqualTo(2);
        assertThat(rejected("-", "INVALID_BATCH") - invalid).isEqualTo(1);
        assertThat(rejected("-", "BAD_TOPIC") - badTopic).isEqualTo(1);
        assertThat(rejected("GW-M2", "UNKNOWN_TAG") - unknown).isEqualTo(1);
        assertThat(rejected("GW-M2", "NON_NUMERIC_VALUE") - nonNumeric).isEqualTo(1);
        assertThat(storedSamples(theirs)).as("another enterprise's tag is unknown").isZero();
        await().until(() -> storedSamples(pressure) == 2); // the QoS 0 one has no PUBACK
    }

    @Test
    void subscriptionsAreRefusedWithoutClosingTheConnection() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        MqttClient gateway = connected(token(safety, "TELEMETRY"));
        try {
            assertThatThrownBy(() -> gateway.subscribe(TOPIC, 1)).isInstanceOf(MqttException.class);
            assertThat(gateway.isConnected()).isTrue();
            gateway.publish(TOPIC, batch("GW-M3", List.of()), 1, false);
        } finally {
            gateway.disconnect();
            gateway.close();
        }
    }

    @Test
    void theSimulatorPublishesOverMqttAndEachPublishIsDurableWhenAcknowledged() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String level = created(safety.post("/api/v1/points", Map.of("tag", "LT-S01", "name", "模拟储罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 12)));
        String gas = created(safety.post("/api/v1/points", Map.of("tag", "AT-S01", "name", "模拟可燃气体",
                "indicatorType", "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100)));
        List<PlantPoint> plant = List.of(
                new PlantPoint("LT-S01", "模拟储罐液位", Indicator.LEVEL, "m", 0, 12, AlarmLimits.NONE, null, null,
                        Channel.PUBLISHED, 0, 0, random -> new TankLevel(0, 12, 0.2, random)),
                new PlantPoint("AT-S01", "模拟可燃气体", Indicator.COMBUSTIBLE_GAS, "%LEL", 0, 100, AlarmLimits.NONE,
                        null, null, Channel.PUBLISHED, 0, 0, random -> new GasLeaks(0.5, 60, 10, 60, random)));
        Instant start = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        try (MqttSink sink = new MqttSink("tcp://127.0.0.1:" + MQTT_PORT, "simulator-test", token(safety, "TELEMETRY"));
                PlantSimulator simulator = new PlantSimulator(plant, "GW-SIM", 7, sink, null, null)) {
            for (int tick = 1; tick <= 3; tick++) {
                simulator.tick(start.plusSeconds(tick));
                // the simulator's publish returned on the PUBACK: its samples are in the table already
                assertThat(storedSamples(level)).isEqualTo(tick);
                assertThat(storedSamples(gas)).isEqualTo(tick);
            }
            assertThat(simulator.acknowledged()).isEqualTo(6);
            assertThat(simulator.dropped()).isZero();
        }
    }

    private MqttClient connected(String token) throws MqttException {
        MqttClient client = client();
        MqttConnectOptions options = options();
        options.setPassword(token.toCharArray());
        client.connect(options);
        return client;
    }

    /** The reason code of the refused CONNECT; 0 if it was accepted. */
    private int refusal(@Nullable String token) throws MqttException {
        MqttClient client = client();
        try {
            MqttConnectOptions options = options();
            if (token != null) {
                options.setPassword(token.toCharArray());
            }
            client.connect(options);
            client.disconnect();
            return 0;
        } catch (MqttSecurityException refused) {
            return refused.getReasonCode();
        } finally {
            client.close();
        }
    }

    private static MqttClient client() throws MqttException {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + MQTT_PORT, "test-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setTimeToWait(10_000);
        return client;
    }

    private static MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setUserName("gateway");
        options.setCleanSession(true);
        options.setConnectionTimeout(10);
        return options;
    }

    private long storedSamples(String pointId) {
        return jdbc.sql("""
                select count(*) from telemetry_landing, generate_series(0, sample_count - 1) as i
                where bucket = monitoring_landing_bucket(:id)
                  and substring(samples from i * 34 + 1 for 16) = uuid_send(:id)
                """).param("id", UUID.fromString(pointId)).query(Long.class).single();
    }

    private double rejected(String gateway, String reason) {
        var counter = meters.find("chemsafe.telemetry.rejected").tags("gateway", gateway, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String token(ApiClient administrator, String purpose) {
        Response token = administrator.post("/api/v1/api-tokens", Map.of("name", "MQTT" + purpose, "purpose", purpose));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asString();
    }

    private static String sample(String tag, String ts, Object value) {
        String literal = value instanceof String text ? "\"" + text + "\"" : value.toString();
        return "{\"tag\": \"" + tag + "\", \"ts\": \"" + ts + "\", \"value\": " + literal + "}";
    }

    private static byte[] batch(String gateway, List<String> samples) {
        return ("{\"gateway\": \"" + gateway + "\", \"samples\": [" + String.join(",", samples) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
