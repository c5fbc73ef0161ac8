package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The 四色图: risk analysis units name the area of the site plan they lie in, and each area takes the most severe
 * current level of its units' events (the latest assessment of each); an area of another enterprise cannot be named,
 * and another enterprise's map is not found.
 */
@PlatformTest
class RiskMapApiTests {

    @LocalServerPort
    int port;

    @Test
    void eachAreaTakesTheMostSevereCurrentLevelOfItsUnits() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String site = created(safety.post("/api/v1/sites", Map.of("name", "一厂区")));
        String tanks = area(safety, site, "罐区", "STORAGE", 0);
        String unitArea = area(safety, site, "装置区", "PRODUCTION", 100);
        String offices = area(safety, site, "办公区", "OFFICE", 200);

        String object = created(safety.post("/api/v1/risk-objects", Map.of("name", "液氯罐区")));
        String tankUnit = unit(safety, object, "液氯储罐", tanks);
        event(safety, tankUnit, "储罐超压", Map.of("method", "LEC", "l", 3, "e", 6, "c", 7)); // 126: 一般
        String leak = event(safety, tankUnit, "液氯泄漏", Map.of("method", "LEC", "l", 3, "e", 6, "c", 7));
        assertThat(safety.post("/api/v1/risk-events/" + leak + "/assessments", Map.of("method", "LS", "l", 5, "s", 5))
                .status()).isEqualTo(201); // reassessed 25: 重大, the latest counts
        String reactor = unit(safety, object, "氯化反应釜", unitArea);
        event(safety, reactor, "反应失控", Map.of("method", "LEC", "l", 1, "e", 1, "c", 1)); // 1: 低
        created(safety.post("/api/v1/risk-units/" + reactor + "/events", Map.of("riskEventName", "未评估事件")));

        Map<String, JsonNode> areas = new HashMap<>();
        safety.get("/api/v1/risk-map?siteId=" + site).json().path("areas")
                .forEach(area -> areas.put(area.path("areaId").asString(), area));
        assertThat(areas.get(tanks).path("level").asString()).isEqualTo("MAJOR");
        assertThat(areas.get(tanks).path("colour").asString()).isEqualTo("RED");
        assertThat(areas.get(tanks).path("major").asInt()).isEqualTo(1);
        assertThat(areas.get(tanks).path("medium").asInt()).isEqualTo(1);
        assertThat(areas.get(tanks).path("events").asInt()).isEqualTo(2);
        assertThat(areas.get(unitArea).path("level").asString()).isEqualTo("LOW");
        assertThat(areas.get(unitArea).path("colour").asString()).isEqualTo("BLUE");
        assertThat(areas.get(unitArea).path("events").asInt()).as("the unassessed event counts, colours nothing")
                .isEqualTo(2);
        assertThat(areas.get(offices).path("level").isNull()).isTrue();
        assertThat(areas.get(offices).path("units").asInt()).isZero();

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        Response foreignMap = other.get("/api/v1/risk-map?siteId=" + site);
        assertThat(foreignMap.status()).as(foreignMap.body()).isEqualTo(404);
        String otherObject = created(other.post("/api/v1/risk-objects", Map.of("name", "别家对象")));
        Response foreignArea = other.post("/api/v1/risk-objects/" + otherObject + "/units",
                Map.of("riskUnitName", "借用区域", "areaId", tanks));
        assertThat(foreignArea.status()).as(foreignArea.body()).isEqualTo(400);
        assertThat(foreignArea.body()).contains("areaId");
        assertThat(safety.get("/api/v1/risk-map").status()).isEqualTo(400);
        assertThat(safety.get("/api/v1/risk-map?siteId=nope").status()).isEqualTo(400);
    }

    private static String area(ApiClient client, String site, String name, String kind, double west) {
        return created(client.post("/api/v1/sites/" + site + "/areas", Map.of("name", name, "kind", kind, "polygon",
                List.of(List.of(west, 0.0), List.of(west + 80, 0.0), List.of(west + 80, 60.0), List.of(west, 60.0)))));
    }

    private static String unit(ApiClient client, String object, String name, String areaId) {
        return created(client.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", name, "areaId", areaId)));
    }

    private static String event(ApiClient client, String unit, String name, Map<String, Object> assessment) {
        String event = created(client.post("/api/v1/risk-units/" + unit + "/events", Map.of("riskEventName", name)));
        assertThat(client.post("/api/v1/risk-events/" + event + "/assessments", assessment).status()).isEqualTo(201);
        return event;
    }
}
