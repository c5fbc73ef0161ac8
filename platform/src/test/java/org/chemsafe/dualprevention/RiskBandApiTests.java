package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

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
 * An enterprise's own risk criteria: LEC 6 × 6 × 7 = 252 is 较大 by the defaults (160 ≤ D ≤ 320) and 重大 once the
 * enterprise draws 重大 from 250; its calculator and its assessments use them, another enterprise keeps the defaults,
 * bands that leave a score without one level are refused naming them, and a reset brings the defaults back.
 */
@PlatformTest
class RiskBandApiTests {

    private static final Map<String, Object> LEC_252 = Map.of("method", "LEC", "l", 6, "e", 6, "c", 7);

    @LocalServerPort
    int port;

    @Test
    void anEnterprisesOwnBandsGradeItsRisks() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        JsonNode defaults = safety.get("/api/v1/risk-bands/LEC").json();
        assertThat(defaults.path("own").asBoolean()).isFalse();
        assertThat(defaults.path("bands").size()).isEqualTo(4);
        assertThat(level(safety.post("/api/v1/risk-assessments/calculate", LEC_252))).isEqualTo("HIGH");

        List<Map<String, Object>> stricter = List.of(band("MAJOR", 250, true), band("HIGH", 150, true),
                band("MEDIUM", 70, true), Map.of("level", "LOW", "lowerInclusive", false));
        Response set = safety.put("/api/v1/risk-bands/LEC", Map.of("bands", stricter));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("own").asBoolean()).isTrue();
        assertThat(level(safety.post("/api/v1/risk-assessments/calculate", LEC_252))).isEqualTo("MAJOR");
        assertThat(level(other.post("/api/v1/risk-assessments/calculate", LEC_252))).as("another enterprise")
                .isEqualTo("HIGH");

        String object = created(safety.post("/api/v1/risk-objects", Map.of("name", "液氯罐区")));
        String unit = created(safety.post("/api/v1/risk-objects/" + object + "/units", Map.of("riskUnitName",
                "液氯储罐")));
        String event = created(safety.post("/api/v1/risk-units/" + unit + "/events", Map.of("riskEventName",
                "液氯泄漏")));
        Response assessed = safety.post("/api/v1/risk-events/" + event + "/assessments", LEC_252);
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        assertThat(assessed.json().path("riskLevel").asString()).isEqualTo("MAJOR");

        Response rising = safety.put("/api/v1/risk-bands/LEC", Map.of("bands", List.of(band("MAJOR", 100, true),
                band("HIGH", 150, true), band("MEDIUM", 70, true), Map.of("level", "LOW", "lowerInclusive", false))));
        assertThat(rising.status()).as(rising.body()).isEqualTo(400);
        assertThat(rising.json().path("errors").path(0).path("field").asString()).isEqualTo("bands");
        assertThat(safety.put("/api/v1/risk-bands/LEC", Map.of("bands", stricter.subList(0, 3))).status())
                .isEqualTo(400);
        assertThat(ApiClient.loggedIn(port, "town").put("/api/v1/risk-bands/LEC", Map.of("bands", stricter))
                .status()).as("supervisors read").isEqualTo(403);

        assertThat(safety.delete("/api/v1/risk-bands/LEC").json().path("own").asBoolean()).isFalse();
        assertThat(level(safety.post("/api/v1/risk-assessments/calculate", LEC_252))).isEqualTo("HIGH");
    }

    private static Map<String, Object> band(String level, int lowerBound, boolean inclusive) {
        return Map.of("level", level, "lowerBound", lowerBound, "lowerInclusive", inclusive);
    }

    private static String level(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("level").asString();
    }
}
