package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** POST /api/v1/risk-assessments/calculate over real HTTP: the contract and every bad factor a 400. */
@PlatformTest
class RiskAssessmentApiTests {

    static final String PATH = "/api/v1/risk-assessments/calculate";

    @LocalServerPort
    int port;

    @Test
    void scoresAndGradesAnLecAssessment() {
        Response response = safety().post(PATH, Map.of("method", "LEC", "l", 3, "e", 6, "c", 7));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("method").asString()).isEqualTo("LEC");
        assertThat(result.path("score").decimalValue()).isEqualByComparingTo("126");
        assertThat(result.path("level").asString()).isEqualTo("MEDIUM");
        assertThat(result.path("colour").asString()).isEqualTo("YELLOW");
        assertThat(result.path("controlLevel").asString()).isEqualTo("WORKSHOP");
        assertThat(result.path("band").path("min").decimalValue()).isEqualByComparingTo("70");
        assertThat(result.path("band").path("minInclusive").asBoolean()).isTrue();
        assertThat(result.path("band").path("max").decimalValue()).isEqualByComparingTo("160");
        assertThat(result.path("band").path("maxInclusive").asBoolean()).isFalse();
        assertThat(result.path("factors").path(2).path("factor").asString()).isEqualTo("C");
        assertThat(result.path("factors").path(2).path("label").asString()).isEqualTo("严重，重伤");
    }

    @Test
    void lsAndMesToo() {
        JsonNode ls = safety().post(PATH, Map.of("method", "LS", "l", 5, "s", 5)).json();
        assertThat(ls.path("score").decimalValue()).isEqualByComparingTo("25");
        assertThat(ls.path("level").asString()).isEqualTo("MAJOR");
        assertThat(ls.path("colour").asString()).isEqualTo("RED");
        assertThat(ls.path("band").path("max").isNull()).isTrue();
        JsonNode mes = safety().post(PATH, Map.of("method", "MES", "m", 1, "e", 0.5, "s", 1)).json();
        assertThat(mes.path("score").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(mes.path("level").asString()).isEqualTo("LOW");
        assertThat(mes.path("colour").asString()).isEqualTo("BLUE");
    }

    @Test
    void aBadFactorIsA400NamingIt() {
        Response notInTable = assertInvalid(Map.of("method", "LEC", "l", 4, "e", 6, "c", 7), "l");
        assertThat(notInTable.json().path("errors").path(0).path("message").asString())
                .isEqualTo("不是该因子评分表中的取值，可取：10、6、3、1、0.5、0.2、0.1");
        assertInvalid(Map.of("method", "LEC", "l", 3, "e", 6), "c");
        assertInvalid(Map.of("method", "LS", "l", 3, "s", 6), "s");
        assertInvalid(Map.of("method", "LS", "l", 3, "s", 3, "c", 7), "c");
        assertInvalid(Map.of("method", "MES", "m", 2, "e", 6, "s", 4), "m");
        assertInvalid(Map.of("method", "MES", "m", 3, "e", "many", "s", 4), "e");
        assertInvalid(Map.of("method", "HAZOP", "l", 3), "method");
        assertInvalid(Map.of("l", 3, "e", 6, "c", 7), "method");
        Response english = safety().header("Accept-Language", "en").post(PATH, Map.of("method", "LS", "l", 0, "s", 1));
        assertThat(english.json().path("errors").path(0).path("message").asString())
                .isEqualTo("is not a value of this factor's table; allowed: 5、4、3、2、1");
    }

    @Test
    void needsASignedInUser() {
        assertThat(new ApiClient(port).post(PATH, Map.of("method", "LS", "l", 1, "s", 1)).status()).isEqualTo(401);
        assertThat(ApiClient.loggedIn(port, "district").post(PATH, Map.of("method", "LS", "l", 1, "s", 1)).status())
                .isEqualTo(200);
    }

    private ApiClient safety() {
        return ApiClient.loggedIn(port, "safety");
    }

    private Response assertInvalid(Map<String, Object> body, String field) {
        Response response = safety().post(PATH, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).containsExactly(field);
        return response;
    }
}
