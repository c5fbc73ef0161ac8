package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
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
 * The stateless permit rule endpoints over real HTTP: the contract the issue names (codes, fields, answers), the
 * caller's language, a catalogue substance's LEL, and every bad input a 400 problem naming its field.
 */
@PlatformTest
class PermitRulesApiTests {

    static final String CLASSIFY = "/api/v1/permits/rules/classify";
    static final String GAS_CHECK = "/api/v1/permits/rules/gas-check";

    @LocalServerPort
    int port;

    @Test
    void gradesLevel1HotWorkAtNightAsSpecialWithItsReasonsAndLimits() {
        Response response = safety().post(CLASSIFY, Map.of("type", "HOT_WORK", "fireExplosionArea", true,
                "plannedStart", "2026-12-03T19:00:00+08:00", "plannedEnd", "2026-12-04T04:00:00+08:00"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("type").asString()).isEqualTo("HOT_WORK");
        assertThat(result.path("baseGrade").asString()).isEqualTo("LEVEL_1");
        assertThat(result.path("grade").asString()).isEqualTo("SPECIAL");
        assertThat(result.path("upgradeReasons")).singleElement().satisfies(reason -> {
            assertThat(reason.path("code").asString()).isEqualTo("UPGRADE_NIGHT");
            assertThat(reason.path("clause").asString()).isEqualTo("5.1.1");
            assertThat(reason.path("message").asString()).isEqualTo("作业时间进入夜间（20:00—06:00），动火作业升级管理");
        });
        assertThat(result.path("permitRequired").asBoolean()).isTrue();
        assertThat(result.path("exemption").isNull()).isTrue();
        assertThat(result.path("maxValidityMinutes").asLong()).isEqualTo(480);
        assertThat(result.path("approverRole").asString()).isEqualTo("RESPONSIBLE_LEADER");
        assertThat(result.path("gasAnalysisRequired").asBoolean()).isTrue();
        assertThat(result.path("weatherStop").isNull()).isTrue();
        assertThat(result.path("violations")).singleElement().satisfies(violation -> {
            assertThat(violation.path("code").asString()).isEqualTo("VALIDITY_TOO_LONG_HOT_WORK");
            assertThat(violation.path("clause").asString()).isEqualTo("5.1.5");
            assertThat(violation.path("message").asString()).contains("540", "480");
        });
    }

    @Test
    void answersInTheCallersLanguage() {
        JsonNode result = safety().header("Accept-Language", "en").post(CLASSIFY, Map.of("type", "LIFTING",
                "loadTonnes", 8, "outdoor", true, "windForce", 6)).json();
        assertThat(result.path("grade").asString()).isEqualTo("LEVEL_3");
        assertThat(result.path("permitRequired").asBoolean()).isFalse();
        assertThat(result.path("exemption").path("message").asString()).startsWith("a load of 8 t, under 10 t");
        assertThat(result.path("weatherStop").path("code").asString()).isEqualTo("LIFTING_WEATHER_STOP");
        assertThat(result.path("weatherStop").path("message").asString()).contains("now 6");
    }

    @Test
    void badFactsAreA400NamingTheField() {
        assertInvalid(CLASSIFY, Map.of("heightMetres", 3), "type");
        assertInvalid(CLASSIFY, Map.of("type", "WELDING"), "type");
        assertInvalid(CLASSIFY, Map.of("type", "HEIGHT"), "heightMetres");
        assertInvalid(CLASSIFY, Map.of("type", "HEIGHT", "heightMetres", -1), "heightMetres");
        assertInvalid(CLASSIFY, Map.of("type", "HEIGHT", "heightMetres", 3, "hazardFactors", List.of("WET")),
                "hazardFactors[0]");
        assertInvalid(CLASSIFY, Map.of("type", "LIFTING"), "loadTonnes");
        assertInvalid(CLASSIFY, Map.of("type", "HOT_WORK", "windForce", 18), "windForce");
        assertInvalid(CLASSIFY, Map.of("type", "HOT_WORK", "windForce", 4.5), "windForce");
        assertInvalid(CLASSIFY, Map.of("type", "HOT_WORK", "plannedStart", "2026-12-03T09:00"), "plannedStart");
        assertInvalid(CLASSIFY, Map.of("type", "HOT_WORK", "plannedEnd", "2026-12-03T09:00+08:00"), "plannedStart");
        assertInvalid(CLASSIFY, Map.of("type", "HOT_WORK", "plannedStart", "2026-12-03T09:00+08:00",
                "plannedEnd", "2026-12-03T09:00+08:00"), "plannedEnd");
        assertInvalid(CLASSIFY, Map.of("type", "HOT_WORK", "plannedStart", "2026-12-03T09:00+08:00",
                "plannedEnd", "2028-12-03T09:00+08:00"), "plannedEnd");
        Response message = assertInvalid(CLASSIFY, Map.of("type", "HEIGHT"), "heightMetres");
        assertThat(message.json().path("errors").path(0).path("message").asString()).isEqualTo("高处作业须填写作业高度");
    }

    @Test
    void checksAGasAnalysisWithTheTimesItAllows() {
        Map<String, Object> sample = Map.of("lelPercent", 5, "concentrationPercentVol", 0.4, "sampledAt",
                "2026-12-03T08:40:00+08:00");
        JsonNode passed = ok(safety().post(GAS_CHECK, Map.of("type", "HOT_WORK", "grade", "SPECIAL", "samples",
                List.of(sample), "workStart", "2026-12-03T09:00:00+08:00")));
        assertThat(passed.path("pass").asBoolean()).isTrue();
        assertThat(passed.path("reasons").isEmpty()).isTrue();
        assertThat(instant(passed.path("validUntil"))).isEqualTo(instant("2026-12-03T09:10:00+08:00"));
        assertThat(instant(passed.path("retestRequiredAt"))).isEqualTo(instant("2026-12-03T11:00:00+08:00"));

        JsonNode failed = ok(safety().post(GAS_CHECK, Map.of("type", "HOT_WORK", "grade", "LEVEL_1", "samples",
                List.of(sample), "resumeAt", "2026-12-03T11:00:00+08:00", "interruptionMinutes", 31)));
        assertThat(failed.path("pass").asBoolean()).isFalse();
        assertThat(failed.path("reasons").path(0).path("code").asString()).isEqualTo("REANALYSIS_REQUIRED_HOT_WORK");
        assertThat(failed.path("reasons").path(0).path("clause").asString()).isEqualTo("5.3.1 d");
    }

    @Test
    void aSampleNamesItsGasByACatalogueChemicalWithItsLowerExplosiveLimit() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Response created = safety.post("/api/v1/chemicals", Map.of("name", "测试可燃气-" + enterprise.name(),
                "hazardCategories", List.of("W2"), "lel", 3.5));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String chemical = created.json().path("id").asString();
        Map<String, Object> analysis = Map.of("type", "CONFINED_SPACE", "workStart", "2026-12-03T09:00:00+08:00",
                "samples", List.of(Map.of("substance", chemical, "concentrationPercentVol", 0.3, "oxygenPercentVol",
                        20.9, "sampledAt", "2026-12-03T08:50:00+08:00")));

        JsonNode result = ok(safety.post(GAS_CHECK, analysis));
        assertThat(result.path("pass").asBoolean()).as("LEL 3.5 %: at most 0.2 % vol").isFalse();
        assertThat(result.path("reasons").path(0).path("code").asString()).isEqualTo("FLAMMABLE_ABOVE_LIMIT");

        // another enterprise cannot name this enterprise's chemical
        assertInvalid(GAS_CHECK, analysis, "samples[0].substance");
    }

    @Test
    void badGasAnalysesAreA400NamingTheField() {
        Map<String, Object> sample = Map.of("lelPercent", 5, "concentrationPercentVol", 0.1, "sampledAt",
                "2026-12-03T08:50:00+08:00");
        assertInvalid(GAS_CHECK, analysis("BLIND_PLATE", null, sample), "type");
        assertInvalid(GAS_CHECK, analysis("HOT_WORK", null, sample), "grade");
        assertInvalid(GAS_CHECK, analysis("HOT_WORK", "IV", sample), "grade");
        assertInvalid(GAS_CHECK, Map.of("type", "CONFINED_SPACE", "samples", List.of()), "samples");
        Map<String, Object> both = new HashMap<>(analysis("CONFINED_SPACE", null, sample));
        both.put("resumeAt", "2026-12-03T10:00:00+08:00");
        assertInvalid(GAS_CHECK, both, "workStart");
        assertInvalid(GAS_CHECK, Map.of("type", "CONFINED_SPACE", "samples", List.of(sample), "resumeAt",
                "2026-12-03T10:00:00+08:00"), "interruptionMinutes");
        assertInvalid(GAS_CHECK, analysis("CONFINED_SPACE", null, Map.of("concentrationPercentVol", 0.1,
                "sampledAt", "2026-12-03T08:50:00+08:00")), "samples[0].lelPercent");
        assertInvalid(GAS_CHECK, analysis("CONFINED_SPACE", null, Map.of("oxygenPercentVol", 120,
                "sampledAt", "2026-12-03T08:50:00+08:00")), "samples[0].oxygenPercentVol");
        assertInvalid(GAS_CHECK, analysis("CONFINED_SPACE", null, Map.of("oxygenPercentVol", 20.9)),
                "samples[0].sampledAt");
        assertInvalid(GAS_CHECK, analysis("CONFINED_SPACE", null, Map.of("oxygenPercentVol", 20.9, "sampledAt",
                "2026-12-03T08:50:00+08:00", "toxic", List.of(Map.of("name", "硫化氢", "value", 1, "limit", 0,
                        "unit", "mg/m³")))), "samples[0].toxic[0].limit");
        assertInvalid(GAS_CHECK, analysis("CONFINED_SPACE", null, Map.of("substance", "00000000-0000-0000-0000-0000000000aa",
                "concentrationPercentVol", 0.1, "sampledAt", "2026-12-03T08:50:00+08:00")), "samples[0].substance");
    }

    @Test
    void theRulesNeedASignedInUser() {
        Response response = new ApiClient(port).post(CLASSIFY, Map.of("type", "HOT_WORK"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(ApiClient.loggedIn(port, "district").post(CLASSIFY, Map.of("type", "HOT_WORK")).status())
                .as("a supervisor checks work too").isEqualTo(200);
    }

    private static Map<String, Object> analysis(String type, String grade, Map<String, Object> sample) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "samples", List.of(sample), "workStart",
                "2026-12-03T09:00:00+08:00"));
        if (grade != null) {
            body.put("grade", grade);
        }
        return body;
    }

    private static Instant instant(JsonNode time) {
        return instant(time.asString());
    }

    private static Instant instant(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    private ApiClient safety() {
        return ApiClient.loggedIn(port, "safety");
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Response assertInvalid(String path, Map<String, Object> body, String field) {
        Response response = safety().post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).contains(field);
        return response;
    }
}
