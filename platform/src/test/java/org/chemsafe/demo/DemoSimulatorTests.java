package org.chemsafe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The demo run's plant simulator, started on free ports: the demo enterprises' points get values by every path the
 * simulator feeds (published over HTTP, as the shared test platform's MQTT endpoint is off; the chlorination unit
 * through the OPC UA collector; the warehouse through the Modbus poller), and its token is of purpose TELEMETRY.
 */
@PlatformTest
class DemoSimulatorTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoSimulator simulator;

    @Test
    void demoPointsReceiveValuesFromEveryPathOfTheSimulator() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        ApiClient storageSafety = ApiClient.loggedIn(port, "storage.safety");
        Map<String, String> chemicals = pointIds(safety);
        Map<String, String> storage = pointIds(storageSafety);
        assertThat(chemicals).as("the chemical plant's points, with limits from the simulator's plant")
                .containsKeys("LT-101", "PT-101", "AT-101", "TIC-201", "P-201", "TT-301", "AT-301");
        assertThat(storage).containsKeys("LT-A01", "LT-B01", "LT-C01", "AT-C02");

        simulator.start();
        try {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(latest(safety, chemicals, "LT-101")).as("published").isNotNull();
                assertThat(latest(safety, chemicals, "TIC-201")).as("through OPC UA").isNotNull();
                assertThat(latest(safety, chemicals, "TT-301")).as("through Modbus TCP").isNotNull();
                assertThat(latest(storageSafety, storage, "LT-A01")).as("the storage depot's").isNotNull();
            });
            double reactor = latest(safety, chemicals, "TIC-201").path("value").asDouble();
            assertThat(reactor).as("the reactor's temperature wanders around 85 °C").isBetween(60.0, 110.0);

            JsonNode tokens = safety.get("/api/v1/api-tokens?size=100").json().path("content");
            assertThat(tokens.valueStream().filter(token -> token.path("name").asString().equals("演示模拟器")
                    && token.path("revokedAt").isNull()).map(token -> token.path("purpose").asString()))
                    .containsExactly("TELEMETRY");
        } finally {
            simulator.destroy();
        }
    }

    private static Map<String, String> pointIds(ApiClient client) {
        Map<String, String> ids = new HashMap<>();
        client.get("/api/v1/points?size=200").json().path("content")
                .forEach(point -> ids.put(point.path("tag").asString(), point.path("id").asString()));
        return ids;
    }

    private static JsonNode latest(ApiClient client, Map<String, String> ids, String tag) {
        for (JsonNode value : client.get("/api/v1/points/latest?ids=" + ids.get(tag)).json()) {
            return value;
        }
        return null;
    }
}
