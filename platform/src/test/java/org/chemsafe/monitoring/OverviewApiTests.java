package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TelemetryGateway;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-time overview: cards grouped by the unit they are installed on with each point's state from its latest
 * value and limits, the counts, and the live stream of server-sent events that pushes a new value within seconds;
 * another enterprise's overview and stream are out of reach.
 */
@PlatformTest
class OverviewApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void cardsShowEachPointsStateGroupedByUnit() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String unitId = created(safety.post("/api/v1/units", unit("PRODUCTION_UNIT", "PU-09", "加氢装置")));
        String pressure = point(safety, "PT-901", "PRESSURE", Map.of("kind", "PRODUCTION_UNIT", "id", unitId));
        String temperature = point(safety, "TT-901", "TEMPERATURE", Map.of("kind", "PRODUCTION_UNIT", "id", unitId));
        String flow = point(safety, "FT-901", "FLOW", Map.of("kind", "PRODUCTION_UNIT", "id", unitId));
        String level = point(safety, "LT-901", "LEVEL", null);
        point(safety, "LT-902", "LEVEL", null);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        gateway.send("PT-901", now.minusSeconds(2), 0, 50, 85);  // high 80, highHigh 90: 高报
        gateway.send("TT-901", now.minusSeconds(1), 0, 95);      // 高高报
        gateway.send("FT-901", now.minusSeconds(1), 0, 5);       // low 10, lowLow 5: 低低报 at the limit
        gateway.send("LT-901", now.minusSeconds(1), 0, 120);     // beyond the range 0–100

        JsonNode overview = safety.get("/api/v1/monitoring/overview").json();
        assertThat(overview.path("counts").path("total").asInt()).isEqualTo(5);
        assertThat(overview.path("counts").path("online").asInt()).isEqualTo(4);
        assertThat(overview.path("counts").path("atLimit").asInt()).isEqualTo(3);
        assertThat(overview.path("counts").path("noData").asInt()).isEqualTo(1);

        JsonNode unitGroup = overview.path("groups").get(0);
        assertThat(unitGroup.path("label").asString()).isEqualTo("PU-09 加氢装置");
        assertThat(unitGroup.path("kind").asString()).isEqualTo("PRODUCTION_UNIT");
        Map<String, JsonNode> cards = cards(overview);
        assertThat(cards.get(pressure).path("live").path("state").asString()).isEqualTo("HIGH");
        assertThat(cards.get(pressure).path("live").path("value").asDouble()).isEqualTo(85);
        assertThat(cards.get(temperature).path("live").path("state").asString()).isEqualTo("HIGH_HIGH");
        assertThat(cards.get(flow).path("live").path("state").asString()).isEqualTo("LOW_LOW");
        assertThat(cards.get(level).path("live").path("state").asString()).isEqualTo("OUT_OF_RANGE");
        JsonNode unlinked = overview.path("groups").get(1);
        assertThat(unlinked.path("kind").isNull()).as("points on no object come last").isTrue();
        assertThat(unlinked.path("cards").valueStream().map(card -> card.path("live").path("state").asString()))
                .containsExactlyInAnyOrder("OUT_OF_RANGE", "NO_DATA");
    }

    @Test
    void theLiveStreamPushesANewValueAndAnotherEnterpriseIsOutOfReach() throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String pressure = point(safety, "PT-911", "PRESSURE", null);
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        gateway.send("PT-911", now.minusSeconds(5), 0, 40);

        HttpResponse<Stream<String>> response = safety.stream("/api/v1/monitoring/live").get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "live-reader");
        reader.setDaemon(true);
        reader.start();
        JsonNode first = values(lines);
        assertThat(first.get(0).path("pointId").asString()).isEqualTo(pressure);
        assertThat(first.get(0).path("value").asDouble()).isEqualTo(40);

        gateway.send("PT-911", now, 0, 85);
        JsonNode pushed = values(lines);
        assertThat(pushed.get(0).path("value").asDouble()).isEqualTo(85);
        assertThat(pushed.get(0).path("state").asString()).isEqualTo("HIGH");

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get("/api/v1/monitoring/overview?enterpriseId=" + enterprise.id()).status()).isEqualTo(404);
        assertThat(other.stream("/api/v1/monitoring/live?enterpriseId=" + enterprise.id()).get(10, TimeUnit.SECONDS)
                .statusCode()).isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "district").get("/api/v1/monitoring/overview").status())
                .as("a supervisor names the enterprise").isEqualTo(422);
    }

    private static String point(ApiClient client, String tag, String type, Map<String, Object> object) {
        Map<String, Object> point = new HashMap<>(Map.of("tag", tag, "name", tag + " 测点", "indicatorType", type,
                "rangeLow", 0, "rangeHigh", 100,
                "limits", Map.of("lowLow", 5, "low", 10, "high", 80, "highHigh", 90), "expectedPeriodSeconds", 60));
        if (object != null) {
            point.put("linkedObject", object);
        }
        return created(client.post("/api/v1/points", point));
    }

    private static Map<String, JsonNode> cards(JsonNode overview) {
        Map<String, JsonNode> cards = new HashMap<>();
        overview.path("groups").forEach(group -> group.path("cards")
                .forEach(card -> cards.put(card.path("pointId").asString(), card)));
        return cards;
    }

    /** The data of the next {@code values} event. */
    private static JsonNode values(BlockingQueue<String> lines) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean named = false;
        while (System.nanoTime() < until) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event:values")) {
                named = true;
            } else if (named && line.startsWith("data:")) {
                return JSON.readTree(line.substring("data:".length()));
            }
        }
        throw new AssertionError("no values event within 10 s");
    }
}
