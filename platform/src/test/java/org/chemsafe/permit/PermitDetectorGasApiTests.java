package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A gas analysis from the monitoring points that cover the spot (continuous monitoring, 6.5): the combustible
 * detector's % LEL through its chemical's LEL (methane, 5 % vol: 3 % LEL is 0.15 % vol and passes 5.3.2's 0.5 % vol,
 * 12 % LEL is 0.6 % vol and fails), the oxygen detector's % vol, the points named in the record; a point that is no
 * gas detector, or another enterprise's, is a 400 naming it.
 */
@PlatformTest
class PermitDetectorGasApiTests {

    @LocalServerPort
    int port;

    @Test
    void theDetectorsCoveringTheSpotGiveTheReadings() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.newUser(port, "SAFETY_MANAGER", "SHIFT_LEADER", "ENTERPRISE_PRINCIPAL");
        String methane = created(safety.post("/api/v1/chemicals", Map.of("name", "甲烷（检测）", "lel", 5)));
        String combustible = created(safety.post("/api/v1/points", Map.of("tag", "GT-301", "name", "釜旁可燃气体",
                "indicatorType", "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100, "chemicalId",
                methane)));
        String oxygen = created(safety.post("/api/v1/points", Map.of("tag", "AT-301", "name", "釜旁氧含量",
                "indicatorType", "OXYGEN", "unit", "%vol", "rangeLow", 0, "rangeHigh", 30)));
        String temperature = created(safety.post("/api/v1/points", Map.of("tag", "TT-301", "name", "釜温",
                "indicatorType", "TEMPERATURE", "unit", "℃")));
        ApiClient gateway = ApiClient.withToken(port, safety.post("/api/v1/api-tokens", Map.of("name", "可燃网关",
                "purpose", "TELEMETRY")).json().path("token").asString());
        report(gateway, 3, 20.9);

        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(
                TestSignatures.confinedSpaceApplication(safety))));
        for (String step : List.of("WORK_LEADER", "UNIT")) {
            safety.post("/api/v1/permits/" + id + "/signatures", TestSignatures.signature(step, ApiClient.DEMO_PASSWORD));
        }
        String analyses = "/api/v1/permits/" + id + "/gas-analyses";
        Response passing = safety.post(analyses, Map.of("analyst", "在线监测", "pointIds", List.of(combustible,
                oxygen)));
        assertThat(passing.status()).as(passing.body()).isEqualTo(200);
        JsonNode record = last(passing);
        assertThat(record.path("body").asString()).contains("\"pass\":true", "\"tag\":\"GT-301\"", "\"tag\":\"AT-301\"",
                "\"concentrationPercentVol\":\"0.15\"", "\"oxygenPercentVol\":\"20.9\"");

        report(gateway, 12, 20.9);
        JsonNode failing = last(safety.post(analyses, Map.of("analyst", "在线监测", "pointIds", List.of(combustible,
                oxygen))));
        assertThat(failing.path("body").asString()).contains("\"pass\":false", "FLAMMABLE_ABOVE_LIMIT");

        assertField(safety.post(analyses, Map.of("analyst", "在线监测", "pointIds", List.of(oxygen, temperature))),
                "pointIds[1]");
        String foreign = created(TestEnterprise.register(port).safetyManager(port).post("/api/v1/points", Map.of(
                "tag", "AT-999", "name", "别家氧含量", "indicatorType", "OXYGEN", "unit", "%vol")));
        assertField(safety.post(analyses, Map.of("analyst", "在线监测", "pointIds", List.of(foreign))), "pointIds[0]");
        assertField(safety.post(analyses, Map.of("analyst", "在线监测")), "samples");
    }

    private static void report(ApiClient gateway, double lel, double oxygen) {
        String now = Instant.now().toString();
        Response answer = gateway.post("/api/v1/telemetry", Map.of("gateway", "GW-G", "samples", List.of(
                Map.of("tag", "GT-301", "ts", now, "value", lel), Map.of("tag", "AT-301", "ts", now, "value", oxygen))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    }

    private static JsonNode last(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode records = response.json().path("records");
        return records.get(records.size() - 1);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo(field);
    }
}
