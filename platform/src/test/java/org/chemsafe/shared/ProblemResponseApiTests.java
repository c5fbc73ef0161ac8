package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Bad input is answered with an RFC 9457 problem naming what is wrong: never a 500, never half-written data. */
@PlatformTest
class ProblemResponseApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void malformedJsonIsA400() {
        Response response = admin().postRaw("/api/v1/users", "{\"username\": \"x", "application/json");
        assertProblem(response, 400, "malformed-request");
    }

    @Test
    void wrongTypesAndUnknownEnumValuesNameTheField() {
        Response wrongType = admin().postRaw("/api/v1/users",
                "{\"username\":\"abc\",\"roleCodes\":\"OPERATOR\",\"scope\":{\"kind\":\"PLATFORM\"}}",
                "application/json");
        assertProblem(wrongType, 400, "validation");
        assertThat(fields(wrongType)).containsExactly("roleCodes");

        Response unknownEnum = admin().post("/api/v1/users", Map.of("username", "abc", "scope", Map.of("kind", "GALAXY")));
        assertProblem(unknownEnum, 400, "validation");
        assertThat(fields(unknownEnum)).containsExactly("scope.kind");
    }

    @Test
    void validationListsEveryOffendingField() {
        Response response = admin().post("/api/v1/users", Map.of("username", "x".repeat(65), "displayName",
                "名".repeat(65), "password", "", "roleCodes", List.of(), "scope", Map.of("kind", "REGION")));
        assertProblem(response, 400, "validation");
        assertThat(fields(response)).containsExactly("displayName", "password", "roleCodes", "scope.consistent",
                "username");
        assertThat(count()).as("nothing written").isZero();
    }

    @Test
    void problemTitlesFollowAcceptLanguage() {
        Response chinese = admin().postRaw("/api/v1/users", "{", "application/json");
        assertThat(chinese.json().path("title").asString()).isEqualTo("请求无法解析");
        Response english = admin().header("Accept-Language", "en").postRaw("/api/v1/users", "{", "application/json");
        assertThat(english.json().path("title").asString()).isEqualTo("Malformed request");
    }

    @Test
    void badPathAndQueryParametersAre400() {
        assertProblem(admin().get("/api/v1/users/not-a-uuid"), 400, "validation");
        assertProblem(admin().get("/api/v1/users?size=1000"), 400, "validation");
        assertProblem(admin().get("/api/v1/users?page=-1"), 400, "validation");
        assertProblem(admin().get("/api/v1/users?size=abc"), 400, "validation");
        assertProblem(admin().get("/api/v1/audit-events?outcome=MAYBE"), 400, "validation");
        assertProblem(admin().get("/api/v1/audit-events?from=yesterday"), 400, "validation");
        assertProblem(admin().get("/api/v1/enterprises?q=" + "长".repeat(101)), 400, "validation");
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreProblems() {
        assertProblem(admin().get("/api/v1/no-such-thing"), 404, "not-found");
        assertProblem(admin().delete("/api/v1/users"), 405, "method-not-allowed");
        assertProblem(admin().postRaw("/api/v1/users", "username=x", "application/x-www-form-urlencoded"), 415,
                "unsupported-media-type");
        assertProblem(admin().get("/api/v1/enterprises?regionCode=999999"), 404, "not-found");
    }

    @Test
    void ruleViolationsLeaveNothingHalfWritten() {
        Response unknownRole = admin().post("/api/v1/users", Map.of("username", "half-written", "displayName", "半",
                "password", "Halfway2026!", "roleCodes", List.of("OPERATOR", "NO_SUCH_ROLE"), "scope",
                Map.of("kind", "ENTERPRISE", "enterpriseId", jdbc.sql("select id from enterprise limit 1")
                        .query(String.class).single())));
        assertProblem(unknownRole, 422, "rule-violation");
        Response weakPassword = admin().post("/api/v1/users", Map.of("username", "half-written", "displayName", "半",
                "password", "onlyletters", "roleCodes", List.of("PLATFORM_ADMIN"), "scope", Map.of("kind", "PLATFORM")));
        assertProblem(weakPassword, 422, "rule-violation");
        assertThat(count()).isZero();
        assertThat(jdbc.sql("select count(*) from user_role r left join user_account u on u.id = r.user_id where u.id is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDuplicateUsernameIsAConflict() {
        Response duplicate = admin().post("/api/v1/users", Map.of("username", "SAFETY", "displayName", "重复",
                "password", "Duplicate2026!", "roleCodes", List.of("PLATFORM_ADMIN"), "scope",
                Map.of("kind", "PLATFORM")));
        assertProblem(duplicate, 409, "conflict");
    }

    @Test
    void malformedMultipartIsA400() {
        Response response = admin().postRaw("/api/v1/users", "--b\r\nno part headers and no end",
                "multipart/form-data; boundary=b");
        assertProblem(response, 400, "malformed-request");
    }

    @Test
    void aNulCharacterIsRefusedAtTheEdge() {
        Response inBody = admin().post("/api/v1/users", Map.of("username", "nul-user", "displayName", "a\u0000b",
                "password", "NulByte2026!", "roleCodes", List.of("PLATFORM_ADMIN"), "scope", Map.of("kind", "PLATFORM")));
        assertProblem(inBody, 400, "validation");
        assertThat(fields(inBody)).containsExactly("displayName");
        assertThat(inBody.json().path("errors").get(0).path("message").asString()).contains("空字符");
        assertProblem(admin().get("/api/v1/enterprises?q=%00"), 400, "malformed-request");
    }

    @Test
    void datesOutsideTheYearsOneToTenThousandAre400() {
        Response response = admin().post("/api/v1/api-tokens", Map.of("name", "far future", "purpose", "READ_ONLY",
                "enterpriseId", jdbc.sql("select id from enterprise limit 1").query(String.class).single(),
                "expiresAt", "+300000-01-01T00:00:00Z"));
        assertProblem(response, 400, "validation");
        assertThat(fields(response)).containsExactly("expiresAt");
        assertProblem(admin().get("/api/v1/audit-events?from=%2B300000-01-01T00:00:00Z"), 400, "malformed-request");
    }

    @Test
    void integersAreNotGuessedFromFractionsOrStrings() {
        for (Object people : List.of(1.5, "5")) {
            Response response = admin().post("/api/v1/major-hazards/assessments",
                    Map.of("exposedPeople", people, "substances", List.of()));
            assertProblem(response, 400, "validation");
            assertThat(fields(response)).as("%s", people).containsExactly("exposedPeople");
        }
    }

    @Test
    void messagesNameNoJavaTypes() {
        for (String path : List.of("/api/v1/users?size=abc", "/api/v1/users/not-a-uuid",
                "/api/v1/audit-events?from=yesterday", "/api/v1/audit-events?outcome=MAYBE")) {
            Response response = admin().get(path);
            assertProblem(response, 400, "validation");
            assertThat(response.body()).as(path).doesNotContain("java.", "Integer", "UUID", "Instant", "String",
                    "convert");
        }
    }

    @Test
    void requestBodiesAreCappedBeforeParsing() {
        String huge = "{\"unknown\":\"" + "x".repeat(1_500_000) + "\"}";
        Response declared = admin().postRaw("/api/v1/users", huge, "application/json");
        assertProblem(declared, 413, "payload-too-large");
        assertThat(declared.json().path("detail").asString()).contains("1024 KB");
        Response chunked = admin().postChunked("/api/v1/users", huge.getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void theErrorPageIsAProblem() {
        assertProblem(admin().get("/error"), 404, "not-found");
        Response anonymous = new ApiClient(port).get("/error");
        assertThat(anonymous.status()).isIn(401, 404);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    private ApiClient admin() {
        return ApiClient.loggedIn(port, "platform");
    }

    private long count() {
        return jdbc.sql("select count(*) from user_account where username in ('half-written', 'abc', 'x')")
                .query(Long.class).single();
    }

    private static List<String> fields(Response response) {
        return response.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(response.problemType()).isEqualTo(type);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.toString()).doesNotContain("Exception", "\tat ");
    }
}
