package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PlatformTest
class ApiTokenApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsShownOnceStoredHashedAndScopedToItsEnterprise() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Response created = safety.post("/api/v1/api-tokens", Map.of("name", "DCS 网关", "purpose", "TELEMETRY"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.json().path("token").asString();
        assertThat(token).startsWith("cs_").hasSizeGreaterThan(40);

        String list = safety.get("/api/v1/api-tokens").body();
        assertThat(list).contains("DCS 网关").doesNotContain(token);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
                .query(Long.class).single()).as("the token itself is never stored").isZero();

        ApiClient machine = ApiClient.withToken(port, token);
        JsonNode me = machine.get("/api/v1/auth/me").json();
        assertThat(me.path("scope").path("kind").asString()).isEqualTo("ENTERPRISE");
        assertThat(me.path("scope").path("enterpriseName").asString()).isEqualTo("枣庄示范化工有限公司");
        assertThat(me.path("permissions").toString()).contains("purpose:TELEMETRY");
        JsonNode enterprises = machine.get("/api/v1/enterprises").json().path("content");
        assertThat(enterprises.size()).isEqualTo(1);
        assertThat(enterprises.get(0).path("name").asString()).isEqualTo("枣庄示范化工有限公司");
    }

    @Test
    void bearerRequestsNeedNoCsrfTokenButStillNeedPermissions() {
        String token = ApiClient.loggedIn(port, "safety")
                .post("/api/v1/api-tokens", Map.of("name", "读数据", "purpose", "READ_ONLY")).json().path("token")
                .asString();
        Response post = ApiClient.withToken(port, token).post("/api/v1/users", Map.of("username", "robot",
                "displayName", "机器人", "password", "Robot2026!", "roleCodes", java.util.List.of("OPERATOR"), "scope",
                Map.of("kind", "ENTERPRISE", "enterpriseId", ApiClient.withToken(port, token).get("/api/v1/auth/me")
                        .json().path("scope").path("enterpriseId").asString())));
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.problemType()).as("refused for permission, not for CSRF").isEqualTo("forbidden");
    }

    @Test
    void aRevokedOrUnknownTokenIsRefused() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        JsonNode created = safety.post("/api/v1/api-tokens", Map.of("name", "临时", "purpose", "VIDEO")).json();
        String token = created.path("token").asString();
        String id = created.path("apiToken").path("id").asString();
        assertThat(ApiClient.withToken(port, token).get("/api/v1/auth/me").status()).isEqualTo(200);

        assertThat(safety.delete("/api/v1/api-tokens/" + id).status()).isEqualTo(204);
        Response revoked = ApiClient.withToken(port, token).get("/api/v1/auth/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.problemType()).isEqualTo("unauthenticated");
        assertThat(safety.delete("/api/v1/api-tokens/" + id).status()).as("already revoked").isEqualTo(409);

        assertThat(ApiClient.withToken(port, "cs_unknown").get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(ApiClient.withToken(port, "garbage").get("/api/v1/enterprises").status()).isEqualTo(401);
    }

    @Test
    void anotherEnterpriseCannotSeeOrRevokeTheToken() {
        JsonNode created = ApiClient.loggedIn(port, "safety")
                .post("/api/v1/api-tokens", Map.of("name", "定位引擎", "purpose", "POSITIONING")).json();
        String id = created.path("apiToken").path("id").asString();
        ApiClient storage = ApiClient.loggedIn(port, "storage.safety");
        assertThat(storage.get("/api/v1/api-tokens").body()).doesNotContain("定位引擎");
        assertThat(storage.delete("/api/v1/api-tokens/" + id).status()).isEqualTo(404);
        String chemicalsId = jdbc.sql("select id::text from enterprise where name = '枣庄示范化工有限公司'")
                .query(String.class).single();
        Response foreign = storage.post("/api/v1/api-tokens",
                Map.of("name", "越权", "purpose", "TELEMETRY", "enterpriseId", chemicalsId));
        assertThat(foreign.status()).isEqualTo(403);
    }

    @Test
    void aTokenForAnEnterpriseThatDoesNotExistIsNotCreated() {
        String nowhere = java.util.UUID.randomUUID().toString();
        Response platform = ApiClient.loggedIn(port, "platform").post("/api/v1/api-tokens",
                Map.of("name", "无主", "purpose", "TELEMETRY", "enterpriseId", nowhere));
        assertThat(platform.status()).isEqualTo(404);
        assertThat(platform.problemType()).isEqualTo("not-found");
        Response district = ApiClient.loggedIn(port, "district").post("/api/v1/api-tokens",
                Map.of("name", "无主", "purpose", "TELEMETRY", "enterpriseId", nowhere));
        assertThat(district.status()).as("no token rights, nor a hint whether the id exists").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from api_token where enterprise_id = cast(:id as uuid)")
                .param("id", nowhere).query(Long.class).single()).isZero();
    }

    @Test
    void badTokenRequestsAreProblems() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        Response unknownPurpose = safety.post("/api/v1/api-tokens", Map.of("name", "x", "purpose", "EVERYTHING"));
        assertThat(unknownPurpose.status()).isEqualTo(400);
        assertThat(unknownPurpose.json().path("errors").get(0).path("field").asString()).isEqualTo("purpose");
        Response past = safety.post("/api/v1/api-tokens",
                Map.of("name", "x", "purpose", "VIDEO", "expiresAt", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("errors").get(0).path("field").asString()).isEqualTo("expiresAt");
        assertThat(safety.delete("/api/v1/api-tokens/not-a-uuid").status()).isEqualTo(400);
    }
}
