package org.chemsafe.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** POST /api/v1/major-hazards/assessments over real HTTP: the GB 18218-2018 numbers, and every bad input a problem. */
@PlatformTest
class MajorHazardAssessmentApiTests {

    static final String PATH = "/api/v1/major-hazards/assessments";
    static final Map<String, Object> CHLORINE_12_T = Map.of("cas", "7782-50-5", "quantityTonnes", 12);
    static final Map<String, Object> SOLVENT_6000_T = Map.of("name", "某溶剂", "hazardCategories", List.of("W5.4"),
            "quantityTonnes", 6000);

    @LocalServerPort
    int port;

    @Test
    void identifiesAndGradesAUnit() {
        Response response = safety().post(PATH, body(120, CHLORINE_12_T, SOLVENT_6000_T));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("sumRatio").decimalValue()).isEqualByComparingTo("3.6");
        assertThat(result.path("majorHazard").booleanValue()).isTrue();
        assertThat(result.path("alpha").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(result.path("r").decimalValue()).isEqualByComparingTo("21.6");
        assertThat(result.path("level").intValue()).isEqualTo(3);
        assertThat(result.path("missingBeta").isEmpty()).isTrue();

        JsonNode chlorine = result.path("items").path(0);
        assertThat(chlorine.path("name").asString()).isEqualTo("氯");
        assertThat(chlorine.path("cas").asString()).isEqualTo("7782-50-5");
        assertThat(chlorine.path("quantityTonnes").decimalValue()).isEqualByComparingTo("12");
        assertThat(chlorine.path("criticalQuantityTonnes").decimalValue()).isEqualByComparingTo("5");
        assertThat(chlorine.path("criticalQuantitySource").asString()).isEqualTo("TABLE_1");
        assertThat(chlorine.path("category").isNull()).isTrue();
        assertThat(chlorine.path("beta").decimalValue()).isEqualByComparingTo("4");
        assertThat(chlorine.path("ratio").decimalValue()).isEqualByComparingTo("2.4");
        assertThat(chlorine.path("weightedRatio").decimalValue()).isEqualByComparingTo("9.6");

        JsonNode solvent = result.path("items").path(1);
        assertThat(solvent.path("name").asString()).isEqualTo("某溶剂");
        assertThat(solvent.path("cas").isNull()).isTrue();
        assertThat(solvent.path("criticalQuantityTonnes").decimalValue()).isEqualByComparingTo("5000");
        assertThat(solvent.path("criticalQuantitySource").asString()).isEqualTo("TABLE_2");
        assertThat(solvent.path("category").asString()).isEqualTo("W5.4");
        assertThat(solvent.path("beta").decimalValue()).isEqualByComparingTo("1");
        assertThat(solvent.path("ratio").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(solvent.path("weightedRatio").decimalValue()).isEqualByComparingTo("1.2");
    }

    @Test
    void aMissingBetaLeavesRAndTheLevelOpenAndSaysWhichSubstance() {
        Map<String, Object> oxygen = Map.of("cas", "7782-44-7", "quantityTonnes", 400);
        Response response = safety().post(PATH, body(10, CHLORINE_12_T, oxygen));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("majorHazard").booleanValue()).isTrue();
        assertThat(result.path("r").isNull()).isTrue();
        assertThat(result.path("level").isNull()).isTrue();
        JsonNode missing = result.path("missingBeta").path(0);
        assertThat(missing.path("field").asString()).isEqualTo("substances[1]");
        assertThat(missing.path("table1Row").intValue()).isEqualTo(56);
        assertThat(missing.path("cas").asString()).isEqualTo("7782-44-7");
    }

    @ParameterizedTest
    @ValueSource(strings = { "operator", "town", "district", "platform" })
    void everyRoleMayCalculate(String username) {
        assertThat(ApiClient.loggedIn(port, username).post(PATH, body(0, CHLORINE_12_T)).status()).isEqualTo(200);
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        Response response = new ApiClient(port).post(PATH, body(120, CHLORINE_12_T));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("unauthenticated");
    }

    @Test
    void missingOrNegativeQuantitiesAndPeopleNameTheField() {
        assertInvalid(body(10, Map.of("cas", "7782-50-5", "quantityTonnes", -1)), "substances[0].quantityTonnes");
        assertInvalid(body(10, CHLORINE_12_T, Map.of("cas", "7782-50-5")), "substances[1].quantityTonnes");
        assertInvalid(body(10, Map.of("cas", "7782-50-5", "quantityTonnes", new BigDecimal("1E+400"))),
                "substances[0].quantityTonnes");
        assertInvalid(body(-1, CHLORINE_12_T), "exposedPeople");
        assertInvalid(Map.of("substances", List.of(CHLORINE_12_T)), "exposedPeople");
    }

    @Test
    void theSubstanceListMustHaveOneToFiveHundredEntries() {
        assertInvalid(Map.of("exposedPeople", 10, "substances", List.of()), "substances");
        assertInvalid(Map.of("exposedPeople", 10), "substances");
        assertInvalid(Map.of("exposedPeople", 10, "substances", Collections.nCopies(501, CHLORINE_12_T)), "substances");
        assertInvalid(Map.of("exposedPeople", 10, "substances", Arrays.asList(CHLORINE_12_T, null)), "substances[1]");
        assertThat(safety().post(PATH, Map.of("exposedPeople", 10, "substances",
                Collections.nCopies(500, CHLORINE_12_T))).status()).isEqualTo(200);
    }

    @Test
    void aSubstanceNeedsAWellFormedCasNumberOrAName() {
        assertThat(assertInvalid(body(10, Map.of("quantityTonnes", 1)), "substances[0].identified").json()
                .path("errors").path(0).path("message").asString()).isEqualTo("须给出 CAS 号或名称");
        assertInvalid(body(10, Map.of("cas", " ", "name", "", "quantityTonnes", 1)), "substances[0].identified");
        assertThat(assertInvalid(body(10, CHLORINE_12_T, Map.of("cas", "7782-50-4", "quantityTonnes", 1)),
                "substances[1].cas").json().path("errors").path(0).path("code").asString()).isEqualTo("ValidCasNumber");
        assertInvalid(body(10, Map.of("cas", "chlorine", "quantityTonnes", 1)), "substances[0].cas");
    }

    @Test
    void anUnknownHazardCategoryNamesItsPosition() {
        Map<String, Object> unknown = Map.of("name", "某溶剂", "hazardCategories", List.of("W99"), "quantityTonnes", 1);
        assertInvalid(body(10, CHLORINE_12_T, unknown), "substances[1].hazardCategories[0]");
    }

    @Test
    void aSubstanceTheTablesCannotPlaceIsARuleViolationNamingIt() {
        Response unknown = safety().post(PATH, body(10, CHLORINE_12_T, Map.of("name", "某溶剂", "quantityTonnes", 6000)));
        assertRuleViolation(unknown, "substances[1]", "某溶剂");
        assertThat(unknown.json().path("detail").asString()).contains("第 2 项", "表 2");

        Response english = safety().header("Accept-Language", "en")
                .post(PATH, body(10, Map.of("name", "某溶剂", "quantityTonnes", 6000)));
        assertRuleViolation(english, "substances[0]", "is not in Table 1");

        assertRuleViolation(safety().post(PATH, body(10, Map.of("cas", "9004-70-0", "quantityTonnes", 1))),
                "substances[0]", "37, 38, 39, 40, 41, 42");
        assertRuleViolation(safety().post(PATH, body(10, Map.of("cas", "7782-50-5", "name", "氨", "quantityTonnes", 1))),
                "substances[0]", "7782-50-5");
    }

    private ApiClient safety() {
        return ApiClient.loggedIn(port, "safety");
    }

    @SafeVarargs
    private static Map<String, Object> body(int exposedPeople, Map<String, Object>... substances) {
        Map<String, Object> body = new HashMap<>();
        body.put("exposedPeople", exposedPeople);
        body.put("substances", new ArrayList<>(List.of(substances)));
        return body;
    }

    private Response assertInvalid(Map<String, Object> body, String field) {
        Response response = safety().post(PATH, body);
        assertProblem(response, 400, "validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactly(field);
        return response;
    }

    private static void assertRuleViolation(Response response, String field, String detailPart) {
        assertProblem(response, 422, "rule-violation");
        assertThat(response.json().path("field").asString()).isEqualTo(field);
        assertThat(response.json().path("detail").asString()).contains(detailPart);
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo(type);
        assertThat(response.json().path("title").asString()).isNotBlank();
    }
}
