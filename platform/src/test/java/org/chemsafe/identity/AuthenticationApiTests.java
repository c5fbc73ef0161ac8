package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PlatformTest
class AuthenticationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginStartsASessionThatMeDescribesAndLogoutEnds() {
        ApiClient browser = new ApiClient(port);
        Response login = browser.login("safety", ApiClient.DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(200);

        JsonNode me = browser.get("/api/v1/auth/me").json();
        assertThat(me.path("username").asString()).isEqualTo("safety");
        assertThat(me.path("roles").get(0).path("code").asString()).isEqualTo("SAFETY_MANAGER");
        assertThat(me.path("permissions").toString()).contains("user:write", "audit:read");
        assertThat(me.path("scope").path("kind").asString()).isEqualTo("ENTERPRISE");
        assertThat(me.path("scope").path("enterpriseName").asString()).isEqualTo("枣庄示范化工有限公司");

        assertThat(browser.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        Response after = browser.get("/api/v1/auth/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problemType()).isEqualTo("unauthenticated");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndTheCsrfCookieReadable() throws Exception {
        ApiClient browser = new ApiClient(port);
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/auth/csrf"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> {
            assertThat(cookie).startsWith("XSRF-TOKEN=");
            assertThat(cookie).doesNotContainIgnoringCase("HttpOnly");
        });
        assertThat(browser.login("safety", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserAreTheSameProblem() {
        Response wrong = new ApiClient(port).login("operator", "Wrong2026!");
        Response unknown = new ApiClient(port).login("nobody-here", "Wrong2026!");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.problemType()).isEqualTo("bad-credentials");
        assertThat(unknown.json().path("detail").asString()).isEqualTo(wrong.json().path("detail").asString());
        assertThat(wrong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesAndAreAudited() {
        createUser("lockme");
        ApiClient browser = new ApiClient(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.login("lockme", "Wrong2026!").status()).as("attempt %d", attempt).isEqualTo(401);
        }
        Response fifth = browser.login("lockme", "Wrong2026!");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        java.time.Instant lockedUntil = java.time.Instant.parse(fifth.json().path("lockedUntil").asString());
        assertThat(lockedUntil).isBetween(java.time.Instant.now().plusSeconds(14 * 60),
                java.time.Instant.now().plusSeconds(15 * 60 + 5));

        Response rightPassword = browser.login("lockme", "Lockme2026!");
        assertThat(rightPassword.status()).as("locked even with the right password").isEqualTo(423);

        Map<String, Long> outcomes = jdbc.sql("""
                select action || ':' || outcome as k, count(*) as n from audit_event
                where actor_name = 'lockme' group by 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(outcomes).containsEntry("LOGIN:DENIED", 6L).containsEntry("ACCOUNT_LOCKED:SUCCESS", 1L);

        // an administrator of the enterprise lifts the lock
        ApiClient admin = ApiClient.loggedIn(port, "safety");
        String id = jdbc.sql("select id::text from user_account where username = 'lockme'").query(String.class).single();
        assertThat(admin.post("/api/v1/users/" + id + "/unlock", Map.of()).status()).isEqualTo(204);
        assertThat(new ApiClient(port).login("lockme", "Lockme2026!").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        createUser("resetme");
        ApiClient browser = new ApiClient(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.login("resetme", "Wrong2026!");
        }
        assertThat(browser.login("resetme", "Resetme2026!").status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(new ApiClient(port).login("resetme", "Wrong2026!").status()).isEqualTo(401);
        }
    }

    @Test
    void stateChangingRequestsWithoutTheCsrfTokenAreRefused() {
        String username = TestUsers.newColleague(ApiClient.loggedIn(port, "safety"), "OPERATOR");
        ApiClient browser = ApiClient.loggedIn(port, username).withoutCsrf();
        Response refused = browser.post("/api/v1/auth/logout", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("csrf");
        assertThat(browser.header("X-XSRF-TOKEN", "forged").post("/api/v1/auth/logout", Map.of()).problemType())
                .isEqualTo("csrf");
        // the request filter writes its entry just after the answer has gone out
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from audit_event where actor_name = :username and action = 'POST /api/v1/auth/logout'
                and outcome = 'DENIED' and http_status = 403""").param("username", username).query(Long.class).single())
                .isEqualTo(2));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        Response refused = new ApiClient(port).withoutCsrf().login("safety", ApiClient.DEMO_PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("csrf");
    }

    @Test
    void usersChangeTheirOwnPasswordProvingTheCurrentOne() {
        createUser("changer");
        ApiClient user = new ApiClient(port);
        user.login("changer", "Changer2026!");
        Response wrongCurrent = user.post("/api/v1/auth/password",
                Map.of("currentPassword", "Nope2026!", "newPassword", "Changed2027!"));
        assertThat(wrongCurrent.status()).isEqualTo(422);
        Response weak = user.post("/api/v1/auth/password",
                Map.of("currentPassword", "Changer2026!", "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(user.post("/api/v1/auth/password",
                Map.of("currentPassword", "Changer2026!", "newPassword", "Changed2027!")).status()).isEqualTo(204);
        assertThat(new ApiClient(port).login("changer", "Changed2027!").status()).isEqualTo(200);
    }

    @Test
    void aDisabledUserLosesTheSessionAtTheNextRequest() {
        String id = createUser("disableme");
        ApiClient user = new ApiClient(port);
        user.login("disableme", "Disableme2026!");
        assertThat(user.get("/api/v1/auth/me").status()).isEqualTo(200);

        ApiClient admin = ApiClient.loggedIn(port, "safety");
        assertThat(admin.put("/api/v1/users/" + id, Map.of("displayName", "停用", "roleCodes",
                java.util.List.of("OPERATOR"), "enabled", false)).status()).isEqualTo(200);
        assertThat(user.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(new ApiClient(port).login("disableme", "Disableme2026!").status()).isEqualTo(401);
    }

    private String createUser(String username) {
        String password = Character.toUpperCase(username.charAt(0)) + username.substring(1) + "2026!";
        Response created = ApiClient.loggedIn(port, "safety").post("/api/v1/users",
                Map.of("username", username, "displayName", "测试" + username, "password", password,
                        "roleCodes", java.util.List.of("OPERATOR"), "scope",
                        Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseIdOf("safety"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String enterpriseIdOf(String username) {
        return jdbc.sql("select scope_enterprise_id::text from user_account where username = :u").param("u", username)
                .query(String.class).single();
    }
}
