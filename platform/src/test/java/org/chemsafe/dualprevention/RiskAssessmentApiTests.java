package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** POST /api/v1/risk-assessments/calculate and GET …/methods over real HTTP; every bad factor a 400 naming it. */
@PlatformTest
class RiskAssessmentApiTests {

    static final String PATH = "/api/v1/risk-assessments/calculate";

    @LocalServerPort
    int port;

    @Test
    void gradesAnLecAssessment() {
        Response response = safety().post(PATH, Map.of("method", "LEC", "l", 3, "e", 6, "c", 7));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("method").asString()).isEqualTo("LEC");
        assertThat(result.path("scoreName").asString()).isEqualTo("D");
        assertThat(result.path("score").decimalValue()).isEqualByComparingTo("126");
        assertThat(result.path("level").asString()).isEqualTo("MEDIUM");
        assertThat(result.path("colour").asString()).isEqualTo("YELLOW");
        assertThat(result.path("controlLevel").asString()).isEqualTo("WORKSHOP");
        assertThat(result.path("controlLevels").valueStream().map(JsonNode::asString))
                .containsExactly("WORKSHOP", "TEAM", "POST");
        assertThat(result.path("factors").path("c").decimalValue()).isEqualByComparingTo("7");
        JsonNode band = result.path("band");
        assertThat(band.path("level").asString()).isEqualTo("MEDIUM");
        assertThat(band.path("min").decimalValue()).isEqualByComparingTo("70");
        assertThat(band.path("minInclusive").booleanValue()).isTrue();
        assertThat(band.path("max").decimalValue()).isEqualByComparingTo("160");
        assertThat(band.path("maxInclusive").booleanValue()).isFalse();
    }

    @Test
    void gradesLsAndMesAssessments() {
        JsonNode ls = safety().post(PATH, Map.of("method", "LS", "l", 4, "s", 5)).json();
        assertThat(ls.path("score").decimalValue()).isEqualByComparingTo("20");
        assertThat(ls.path("level").asString()).isEqualTo("MAJOR");
        assertThat(ls.path("colour").asString()).isEqualTo("RED");
        assertThat(ls.path("controlLevel").asString()).isEqualTo("COMPANY");
        assertThat(ls.path("band").path("max").isNull()).isTrue();

        JsonNode mes = safety().post(PATH, Map.of("method", "MES", "m", 3, "e", 0.5, "s", 10)).json();
        assertThat(mes.path("score").decimalValue()).isEqualByComparingTo("15");
        assertThat(mes.path("level").asString()).isEqualTo("LOW");
        assertThat(mes.path("colour").asString()).isEqualTo("BLUE");
        assertThat(mes.path("band").path("min").isNull()).isTrue();
    }

    @Test
    void listsTheTablesAndDefaultBands() {
        Response response = ApiClient.loggedIn(port, "operator").get("/api/v1/risk-assessments/methods");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode lec = response.json().path(0);
        assertThat(lec.path("method").asString()).isEqualTo("LEC");
        assertThat(lec.path("factors").path(2).path("factor").asString()).isEqualTo("c");
        assertThat(lec.path("factors").path(2).path("values").path(0).path("meaning").asString())
                .isEqualTo("大灾难，许多人死亡");
        assertThat(lec.path("defaultBands").path(0).path("lowerBound").decimalValue()).isEqualByComparingTo("320");
        assertThat(lec.path("defaultBands").path(0).path("lowerInclusive").booleanValue()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "operator", "town", "district", "platform" })
    void everyRoleMayCalculate(String username) {
        assertThat(ApiClient.loggedIn(port, username).post(PATH, Map.of("method", "LS", "l", 1, "s", 1)).status())
                .isEqualTo(200);
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        assertThat(new ApiClient(port).post(PATH, Map.of("method", "LS", "l", 1, "s", 1)).status()).isEqualTo(401);
    }

    @Test
    void aValueOutsideTheTableNamesTheFactorAndItsValues() {
        Response response = assertInvalid(Map.of("method", "LEC", "l", 4, "e", 6, "c", 7), "l");
        JsonNode error = response.json().path("errors").path(0);
        assertThat(error.path("code").asString()).isEqualTo("dualprevention.factor.not-in-table");
        assertThat(error.path("message").asString()).isEqualTo("L 不是 LEC 法的取值，应为：10, 6, 3, 1, 0.5, 0.2, 0.1");

        assertInvalid(Map.of("method", "LS", "l", 6, "s", 1), "l");
        assertInvalid(Map.of("method", "LS", "l", 1, "s", 0), "s");
        assertInvalid(Map.of("method", "MES", "m", 2, "e", 1, "s", 1), "m");
        assertInvalid(Map.of("method", "MES", "m", 1, "e", 1, "s", 3), "s");
        assertInvalid(Map.of("method", "LEC", "l", 3, "e", -6, "c", 7), "e");
        assertInvalid(Map.of("method", "LEC", "l", 3, "e", 6, "c", new BigDecimal("1E+400")), "c");
    }

    @Test
    void aMissingOrUnusedFactorIsNamed() {
        Response missing = assertInvalid(Map.of("method", "LEC", "l", 3, "e", 6), "c");
        assertThat(missing.json().path("errors").path(0).path("code").asString())
                .isEqualTo("dualprevention.factor.missing");
        Response unused = assertInvalid(Map.of("method", "LS", "l", 3, "s", 3, "c", 7), "c");
        assertThat(unused.json().path("errors").path(0).path("code").asString())
                .isEqualTo("dualprevention.factor.not-used");
        Response english = safety().header("Accept-Language", "en")
                .post(PATH, Map.of("method", "LS", "l", 3, "s", 3, "m", 1));
        assertThat(english.json().path("errors").path(0).path("message").asString())
                .isEqualTo("The LS method does not use the factor M");
    }

    @Test
    void theMethodIsRequiredAndKnown() {
        assertInvalid(Map.of("l", 3, "s", 3), "method");
        assertInvalid(Map.of("method", "HAZOP", "l", 3, "s", 3), "method");
        Map<String, Object> notANumber = new HashMap<>(Map.of("method", "LS", "l", "three", "s", 3));
        assertInvalid(notANumber, "l");
    }

    private ApiClient safety() {
        return ApiClient.loggedIn(port, "safety");
    }

    private Response assertInvalid(Map<String, Object> body, String field) {
        Response response = safety().post(PATH, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactly(field);
        return response;
    }
}
