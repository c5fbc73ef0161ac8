package org.chemsafe.monitoring.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.simulator.OpcUaPlantServer;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The OPC UA collector against a real Milo server started here: values set on the server arrive with their source
 * timestamps and are readable; a node the server does not have shows in the status; the server stopped shows as an
 * error and, started again, the collector reconnects and values flow again. Bad endpoints are refused naming the
 * field; another enterprise does not see the endpoint.
 */
@PlatformTest
class OpcUaCollectorTests {

    private static final String PATH = "/api/v1/opcua-endpoints";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    void valuesArriveWithTheirSourceTimeAndTheCollectorReconnectsAfterTheServerRestarts() throws Exception {
        int serverPort = FreePorts.next();
        List<String> variables = List.of("LT-101", "TT-101");
        OpcUaPlantServer server = new OpcUaPlantServer("127.0.0.1", serverPort, variables).start();
        try {
            ApiClient safety = TestEnterprise.register(port).safetyManager(port);
            String level = created(safety.post("/api/v1/points", Map.of("tag", "LT-101", "name", "1号储罐液位",
                    "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 20)));
            String temperature = created(safety.post("/api/v1/points", Map.of("tag", "TT-101", "name", "1号储罐温度",
                    "indicatorType", "TEMPERATURE")));
            String missing = server.nodeId("NoSuchVariable");
            Response added = safety.post(PATH, Map.of("name", "罐区 OPC UA", "url", server.url(),
                    "publishingIntervalMs", 100, "mappings", List.of(mapping(server.nodeId("LT-101"), "LT-101"),
                            mapping(server.nodeId("TT-101"), "TT-101"), mapping(missing, "TT-101"))));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            String endpoint = added.json().path("id").asString();
            assertThat(added.json().path("passwordSet").asBoolean()).isFalse();
            assertThat(added.json().path("status").path("state").asString()).isEqualTo("CONNECTING");

            JsonNode connected = awaitStatus(safety, endpoint, "CONNECTED");
            assertThat(connected.path("itemProblems").valueStream().map(p -> p.path("item").asString()))
                    .containsExactly(missing);
            assertThat(connected.path("itemProblems").get(0).path("problem").asString()).contains("Bad_NodeIdUnknown");

            Instant levelTime = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
            Instant temperatureTime = levelTime.plusMillis(1500);
            server.set("LT-101", 3.42, levelTime);
            server.set("TT-101", 21.5, temperatureTime);
            awaitSample(safety, level, levelTime, 3.42);
            awaitSample(safety, temperature, temperatureTime, 21.5);

            server.stop();
            JsonNode down = awaitStatus(safety, endpoint, "ERROR");
            assertThat(down.path("lastError").asString()).isNotBlank();
            assertThat(down.path("lastErrorAt").isNull()).isFalse();

            server = new OpcUaPlantServer("127.0.0.1", serverPort, variables).start();
            JsonNode again = awaitStatus(safety, endpoint, "CONNECTED");
            assertThat(again.path("reconnects").asLong()).isPositive();
            Instant later = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            server.set("LT-101", 4.5, later);
            awaitSample(safety, level, later, 4.5);

            JsonNode status = safety.get(PATH + "/" + endpoint).json().path("status");
            assertThat(status.path("stored").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(status.path("lastValueAt").isNull()).isFalse();
            assertThat(safety.get(PATH).json().path("content").valueStream().map(e -> e.path("id").asString()))
                    .contains(endpoint);

            assertThat(safety.delete(PATH + "/" + endpoint).status()).isEqualTo(204);
            assertThat(safety.get(PATH + "/" + endpoint).status()).isEqualTo(404);
        } finally {
            server.stop();
        }
    }

    @Test
    void badEndpointsAreRefusedNamingTheFieldAndAnotherEnterpriseSeesNothing() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        created(safety.post("/api/v1/points", Map.of("tag", "PT-1", "name", "压力", "indicatorType", "PRESSURE")));
        assertInvalid(safety, with("url", "http://127.0.0.1:4840"), "url");
        assertInvalid(safety, with("url", "opc.tcp://"), "url");
        assertInvalid(safety, with("url", "opc.tcp://host:99999"), "url");
        assertInvalid(safety, with("url", ""), "url");
        assertInvalid(safety, with("publishingIntervalMs", 99), "publishingIntervalMs");
        assertInvalid(safety, with("securityPolicy", "BASIC256"), "securityPolicy");
        assertInvalid(safety, with("password", "secret"), "password");
        assertInvalid(safety, with("mappings", List.of(mapping("ns=2;s=PT-1", "PT-404"))), "mappings[0].tag");
        assertInvalid(safety, with("mappings", List.of(mapping("ns=2;s=PT-1", "PT-1"), mapping("nonsense", "PT-1"))),
                "mappings[1].nodeId");
        assertInvalid(safety, with("mappings", List.of(mapping("ns=2;s=PT-1", "PT-1"), mapping("ns=2;s=PT-1", "PT-1"))),
                "mappings[1].nodeId");
        assertInvalid(safety, with("mappings", null), "mappings");

        Map<String, Object> good = with("enabled", false);
        good.put("username", "collector");
        good.put("password", "secret");
        Response added = safety.post(PATH, good);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("passwordSet").asBoolean()).isTrue();
        assertThat(added.body()).doesNotContain("secret");
        assertThat(added.json().path("status").path("state").asString()).isEqualTo("DISABLED");
        String id = added.json().path("id").asString();
        assertThat(safety.post(PATH, good).status()).as("the same name again").isEqualTo(409);

        good.remove("password");
        good.put("publishingIntervalMs", 500);
        Response changed = safety.put(PATH + "/" + id, good);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("passwordSet").asBoolean()).as("an omitted password is kept").isTrue();
        assertThat(changed.json().path("publishingIntervalMs").asInt()).isEqualTo(500);

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(other.put(PATH + "/" + id, good).status()).isEqualTo(404);
        assertThat(other.get(PATH).json().path("content").valueStream().map(e -> e.path("id").asString()))
                .doesNotContain(id);
    }

    private JsonNode awaitStatus(ApiClient client, String endpoint, String state) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> client.get(PATH + "/" + endpoint).json().path("status"),
                        status -> status.path("state").asString().equals(state));
    }

    private static void awaitSample(ApiClient client, String point, Instant ts, double value) {
        String series = "/api/v1/points/" + point + "/series?resolution=raw&from=" + ts.minusSeconds(1) + "&to="
                + ts.plusSeconds(1);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<String> samples = new ArrayList<>();
            client.get(series).json().path("samples")
                    .forEach(s -> samples.add(s.path("ts").asString() + "=" + s.path("value").asDouble()));
            assertThat(samples).contains(ts + "=" + value);
        });
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> endpoint = new HashMap<>(Map.of("name", "无效端点", "url", "opc.tcp://127.0.0.1:4840",
                "mappings", List.of(mapping("ns=2;s=PT-1", "PT-1"))));
        endpoint.put(field, value);
        return endpoint;
    }

    private static Map<String, Object> mapping(String nodeId, String tag) {
        return Map.of("nodeId", nodeId, "tag", tag);
    }

    private static void assertInvalid(ApiClient client, Map<String, Object> endpoint, String field) {
        Response response = client.post(PATH, endpoint);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).contains(field);
    }
}
