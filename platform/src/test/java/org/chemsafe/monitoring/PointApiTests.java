package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The points (位号) register over real HTTP: registered, found, changed and removed by the enterprise; gas detectors
 * given the GB/T 50493-2019 5.5.2 defaults; bad input refused naming the field; a duplicate tag a conflict; the
 * region supervisor reads only; another enterprise sees nothing.
 */
@PlatformTest
class PointApiTests {

    private static final String PATH = "/api/v1/points";

    @LocalServerPort
    int port;

    @Test
    void anEnterpriseRegistersFindsChangesAndRemovesItsPoints() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        UUID tank = UUID.randomUUID();
        Response registered = safety.post(PATH, point("tag", "LT-101", "name", "1号储罐液位", "indicatorType", "LEVEL",
                "unit", "m", "rangeLow", 0, "rangeHigh", 20, "limits", Map.of("lowLow", 0.5, "low", 1, "high", 17,
                        "highHigh", 18.5), "deadband", 0.05, "expectedPeriodSeconds", 10, "linkedObject",
                Map.of("kind", "TANK", "id", tank), "gatewayCode", "GW01", "position", Map.of("x", 120.5, "y", 80),
                "nationalIndicatorCode", "YW"));
        String id = created(registered);
        JsonNode point = registered.json();
        assertThat(registered.header("Location")).endsWith(PATH + "/" + id);
        assertThat(point.path("enterpriseId").asString()).isEqualTo(enterprise.id());
        assertThat(point.path("limits").path("highHigh").decimalValue()).isEqualByComparingTo("18.5");
        assertThat(point.path("linkedObject").path("id").asString()).isEqualTo(tank.toString());
        assertThat(point.path("enabled").asBoolean()).isTrue();
        created(safety.post(PATH, point("tag", "TT-101", "name", "1号储罐温度", "indicatorType", "TEMPERATURE")));

        assertThat(ids(safety.get(PATH + "?q=LT-1"))).containsExactly(id);
        assertThat(ids(safety.get(PATH + "?q=温度"))).hasSize(1).doesNotContain(id);
        assertThat(ids(safety.get(PATH + "?indicatorType=LEVEL"))).containsExactly(id);
        assertThat(ids(safety.get(PATH + "?objectKind=TANK&objectId=" + tank))).containsExactly(id);
        assertThat(safety.get(PATH + "?size=1").json().path("totalElements").asLong()).isEqualTo(2);

        Response changed = safety.put(PATH + "/" + id, point("tag", "LT-101A", "name", "1号储罐液位", "indicatorType",
                "LEVEL", "rangeLow", 0, "rangeHigh", 20, "limits", Map.of("high", 16), "enabled", false));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("tag").asString()).isEqualTo("LT-101A");
        assertThat(changed.json().path("limits").path("highHigh").isNull()).isTrue();
        assertThat(changed.json().path("linkedObject").isNull()).isTrue();
        assertThat(safety.get(PATH + "/" + id).json().path("enabled").asBoolean()).isFalse();

        assertThat(safety.delete(PATH + "/" + id).status()).isEqualTo(204);
        assertProblem(safety.get(PATH + "/" + id), 404, "not-found");
        assertThat(safety.get("/api/v1/audit-events?size=200").json().path("content").valueStream()
                .map(entry -> entry.path("action").asString()))
                .as("changes are audited").contains("POST /api/v1/points", "PUT /api/v1/points/{id}",
                        "DELETE /api/v1/points/{id}");
    }

    @Test
    void gasDetectorsWithoutLimitsTakeTheStandardsDefaultsWhichStayEditable() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        JsonNode combustible = safety.post(PATH, point("tag", "GT-201", "name", "泵房可燃气体", "indicatorType",
                "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100)).json();
        assertLimits(combustible, null, null, "25", "50");
        JsonNode oxygen = safety.post(PATH, point("tag", "OT-201", "name", "受限空间氧含量", "indicatorType", "OXYGEN",
                "unit", "%vol", "rangeLow", 0, "rangeHigh", 30)).json();
        assertLimits(oxygen, null, "19.5", "23.5", null);

        // H₂S: MAC 10 mg/m³ (GBZ 2.1, as quoted in the domain notes) → 10 and 20 mg/m³
        String hydrogenSulfide = created(safety.post("/api/v1/chemicals", Map.of("name", "硫化氢（监测）", "mac", 10)));
        JsonNode toxic = safety.post(PATH, point("tag", "AT-201", "name", "脱硫区硫化氢", "indicatorType", "TOXIC_GAS",
                "unit", "mg/m³", "rangeLow", 0, "rangeHigh", 100, "chemicalId", hydrogenSulfide)).json();
        assertLimits(toxic, null, null, "10", "20");
        JsonNode inPpm = safety.post(PATH, point("tag", "AT-202", "name", "硫化氢 ppm", "indicatorType", "TOXIC_GAS",
                "unit", "ppm", "chemicalId", hydrogenSulfide)).json();
        assertLimits(inPpm, null, null, null, null);

        Response edited = safety.put(PATH + "/" + combustible.path("id").asString(), point("tag", "GT-201", "name",
                "泵房可燃气体", "indicatorType", "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100,
                "limits", Map.of("high", 20, "highHigh", 40)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertLimits(edited.json(), null, null, "20", "40");

        assertProblem(safety.post(PATH, point("tag", "GT-202", "name", "窄量程", "indicatorType", "COMBUSTIBLE_GAS",
                "rangeLow", 0, "rangeHigh", 40)), 422, "rule-violation");
    }

    @Test
    void badPointsAreRefusedNamingTheField() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        assertInvalid(safety, point("name", "无位号", "indicatorType", "LEVEL"), "tag");
        assertInvalid(safety, point("tag", "LT 1", "name", "空格", "indicatorType", "LEVEL"), "tag");
        assertInvalid(safety, point("tag", "LT-1", "name", "无类型"), "indicatorType");
        assertInvalid(safety, point("tag", "LT-1", "name", "量程", "indicatorType", "LEVEL", "rangeLow", 5,
                "rangeHigh", 5), "rangeHigh");
        assertInvalid(safety, point("tag", "LT-1", "name", "次序", "indicatorType", "LEVEL", "limits",
                Map.of("low", 3, "high", 2)), "limits.high");
        assertInvalid(safety, point("tag", "LT-1", "name", "超量程", "indicatorType", "LEVEL", "rangeLow", 0,
                "rangeHigh", 20, "limits", Map.of("highHigh", 20.5)), "limits.highHigh");
        assertInvalid(safety, point("tag", "GT-1", "name", "一级", "indicatorType", "COMBUSTIBLE_GAS", "limits",
                Map.of("high", 26)), "limits.high");
        assertInvalid(safety, point("tag", "GT-1", "name", "二级", "indicatorType", "COMBUSTIBLE_GAS", "limits",
                Map.of("highHigh", 51)), "limits.highHigh");
        assertInvalid(safety, point("tag", "LT-1", "name", "周期", "indicatorType", "LEVEL", "expectedPeriodSeconds",
                0), "expectedPeriodSeconds");
        assertInvalid(safety, point("tag", "LT-1", "name", "对象", "indicatorType", "LEVEL", "linkedObject",
                Map.of("kind", "TANK")), "linkedObject.id");
        assertInvalid(safety, point("tag", "LT-1", "name", "死区", "indicatorType", "LEVEL", "deadband", -1), "deadband");
        assertProblem(safety.post(PATH, point("tag", "LT-1", "name", "类型", "indicatorType", "VOLUME")), 400, null);
        assertProblem(safety.postRaw(PATH, "{\"tag\": \"LT-1\",", "application/json"), 400, null);
        assertProblem(safety.get(PATH + "?indicatorType=VOLUME"), 400, null);
        assertProblem(safety.get(PATH + "/not-a-uuid"), 400, null);
        assertProblem(safety.post(PATH, point("tag", "AT-1", "name", "他人化学品", "indicatorType", "TOXIC_GAS",
                "chemicalId", UUID.randomUUID())), 422, "rule-violation");

        created(safety.post(PATH, point("tag", "LT-1", "name", "液位", "indicatorType", "LEVEL")));
        assertProblem(safety.post(PATH, point("tag", "LT-1", "name", "重复", "indicatorType", "LEVEL")), 409, "conflict");
        String other = created(safety.post(PATH, point("tag", "LT-2", "name", "液位二", "indicatorType", "LEVEL")));
        assertProblem(safety.put(PATH + "/" + other, point("tag", "LT-1", "name", "改成重复", "indicatorType", "LEVEL")),
                409, "conflict");
    }

    @Test
    void theRegionSupervisorReadsOnlyAndAnotherEnterpriseSeesNothing() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = created(safety.post(PATH, point("tag", "PT-301", "name", "反应釜压力", "indicatorType", "PRESSURE")));
        // TestEnterprise.TOWN lies in 山亭区, the demo district supervisor's region
        ApiClient district = ApiClient.loggedIn(port, "district");
        assertThat(district.get(PATH + "/" + id).status()).isEqualTo(200);
        assertThat(ids(district.get(PATH + "?enterpriseId=" + enterprise.id()))).containsExactly(id);
        assertProblem(district.post(PATH, point("enterpriseId", enterprise.id(), "tag", "PT-302", "name", "监管新增",
                "indicatorType", "PRESSURE")), 403, null);
        assertProblem(district.delete(PATH + "/" + id), 403, null);

        ApiClient stranger = TestEnterprise.register(port).safetyManager(port);
        assertThat(ids(stranger.get(PATH + "?q=PT-301"))).isEmpty();
        assertProblem(stranger.get(PATH + "/" + id), 404, "not-found");
        assertThat(created(stranger.post(PATH, point("tag", "PT-301", "name", "同名位号", "indicatorType", "PRESSURE"))))
                .as("tags are unique per enterprise").isNotEqualTo(id);
    }

    private static void assertLimits(JsonNode point, String lowLow, String low, String high, String highHigh) {
        JsonNode limits = point.path("limits");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("lowLow", lowLow);
        expected.put("low", low);
        expected.put("high", high);
        expected.put("highHigh", highHigh);
        expected.forEach((name, value) -> {
            if (value == null) {
                assertThat(limits.path(name).isNull()).as(name + " in " + point).isTrue();
            } else {
                assertThat(limits.path(name).decimalValue()).as(name + " in " + point).isEqualByComparingTo(value);
            }
        });
    }

    private static void assertInvalid(ApiClient client, Map<String, Object> point, String field) {
        Response response = client.post(PATH, point);
        assertProblem(response, 400, "validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).contains(field);
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(response.problemType()).isEqualTo(type);
        }
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static List<String> ids(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("content").valueStream().map(point -> point.path("id").asString()).toList();
    }

    private static Map<String, Object> point(Object... keysAndValues) {
        Map<String, Object> point = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            point.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return point;
    }
}
