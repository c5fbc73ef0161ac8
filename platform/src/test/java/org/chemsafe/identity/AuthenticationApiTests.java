package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PlatformTest
class AuthenticationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebServerApplicationContext context;

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
    void repeatedFailuresPauseThatNameFromThatAddressOnlyAndAreAudited() throws Exception {
        createUser("lockme");
        ApiClient browser = new ApiClient(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.login("lockme", "Wrong2026!").status()).as("attempt %d", attempt).isEqualTo(401);
        }
        Response fifth = browser.login("lockme", "Wrong2026!");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        java.time.Instant lockedUntil = java.time.Instant.parse(fifth.json().path("lockedUntil").asString());
        assertThat(lockedUntil).as("the first pause is a minute").isBetween(java.time.Instant.now().plusSeconds(50),
                java.time.Instant.now().plusSeconds(65));

        Response rightPassword = browser.login("lockme", "Lockme2026!");
        assertThat(rightPassword.status()).as("paused even with the right password").isEqualTo(423);
        assertThat(loginFrom("127.0.0.2", "lockme", "Lockme2026!")).as("another address is not paused")
                .isEqualTo(200);

        Map<String, Long> outcomes = jdbc.sql("""
                select action || ':' || outcome as k, count(*) as n from audit_event
                where actor_name = 'lockme' group by 1""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(outcomes).containsEntry("LOGIN:DENIED", 6L).containsEntry("ACCOUNT_LOCKED:SUCCESS", 1L)
                .containsEntry("LOGIN:SUCCESS", 1L);

        // an administrator of the enterprise lifts the pause
        ApiClient admin = ApiClient.loggedIn(port, "safety");
        String id = jdbc.sql("select id::text from user_account where username = 'lockme'").query(String.class).single();
        assertThat(admin.get("/api/v1/users/" + id).json().path("lockedUntil").isNull()).isFalse();
        assertThat(admin.post("/api/v1/users/" + id + "/unlock", Map.of()).status()).isEqualTo(204);
        assertThat(new ApiClient(port).login("lockme", "Lockme2026!").status()).isEqualTo(200);
    }

    @Test
    void aStrangerCannotLockTheAdministratorOut() throws Exception {
        for (int attempt = 1; attempt <= 8; attempt++) {
            new ApiClient(port).login("admin", "Guess2026!");
        }
        assertThat(new ApiClient(port).login("admin", "Admin2026!").status()).isEqualTo(423);
        assertThat(loginFrom("127.0.0.3", "admin", "Admin2026!")).isEqualTo(200);

        ApiClient platform = ApiClient.loggedIn(port, "platform");
        String id = jdbc.sql("select id::text from user_account where username = 'admin'").query(String.class).single();
        assertThat(platform.post("/api/v1/users/" + id + "/unlock", Map.of()).status()).isEqualTo(204);
        assertThat(new ApiClient(port).login("admin", "Admin2026!").status()).isEqualTo(200);
    }

    @Test
    void unknownNamesArePausedAndTimedLikeKnownOnes() {
        createUser("timing");
        long known = fastestFailure("timing");
        long unknown = fastestFailure("timing-nobody");
        assertThat(unknown).as("an unknown name costs a password comparison too (known: %d ms)", known)
                .isBetween(known / 3, known * 3);
        ApiClient browser = new ApiClient(port);
        browser.login("nobody-at-all", "Wrong2026!");
        browser.login("nobody-at-all", "Wrong2026!");
        browser.login("nobody-at-all", "Wrong2026!");
        browser.login("nobody-at-all", "Wrong2026!");
        Response fifth = browser.login("nobody-at-all", "Wrong2026!");
        assertThat(fifth.status()).as("an unknown name is paused like a known one").isEqualTo(423);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
    }

    @Test
    void theCsrfTokenIsReplacedAtLogin() throws Exception {
        ApiClient browser = new ApiClient(port);
        browser.get("/api/v1/auth/csrf");
        String before = browser.csrfCookie();
        assertThat(browser.login("safety", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
        String after = browser.csrfCookie();
        assertThat(after).isNotNull().isNotEqualTo(before);

        HttpResponse<String> withOldToken = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/logout"))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID") + "; XSRF-TOKEN=" + before)
                .header("X-XSRF-TOKEN", before).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withOldToken.statusCode()).as("the token from before login").isEqualTo(403);
        assertThat(withOldToken.body()).contains("problems/csrf");
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(browser.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
    }

    @Test
    void anonymousRequestsCreateNoSession() throws Exception {
        Manager sessions = ((Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost()
                .findChildren()[0]).getManager();
        int before = sessions.getActiveSessions();
        HttpClient anonymous = HttpClient.newHttpClient();
        List<String> paths = List.of("/api/v1/auth/me", "/api/v1/units", "/api/v1/auth/csrf", "/actuator/prometheus",
                "/api/v1/users/" + UUID.randomUUID(), "/");
        for (int request = 0; request < 300; request++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + paths.get(request % paths.size())));
            if (request % 10 == 0) {
                builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
                        .header("Cookie", "XSRF-TOKEN=t" + request).header("X-XSRF-TOKEN", "t" + request)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"x" + request
                                + "\",\"password\":\"Wrong2026!\"}"));
            }
            HttpResponse<String> response = anonymous.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().allValues("Set-Cookie")).as("request %d", request)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        assertThat(sessions.getActiveSessions()).isEqualTo(before);
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsAndAResetEndsAll() {
        String id = createUser("sessions");
        ApiClient first = new ApiClient(port);
        ApiClient second = new ApiClient(port);
        assertThat(first.login("sessions", "Sessions2026!").status()).isEqualTo(200);
        assertThat(second.login("sessions", "Sessions2026!").status()).isEqualTo(200);
        assertThat(first.post("/api/v1/auth/password",
                Map.of("currentPassword", "Sessions2026!", "newPassword", "Sessions2027!")).status()).isEqualTo(204);
        assertThat(first.get("/api/v1/auth/me").status()).as("the session that changed it").isEqualTo(200);
        assertThat(second.get("/api/v1/auth/me").status()).as("another session").isEqualTo(401);

        ApiClient admin = ApiClient.loggedIn(port, "safety");
        assertThat(admin.post("/api/v1/users/" + id + "/password", Map.of("newPassword", "Sessions2028!")).status())
                .isEqualTo(204);
        assertThat(first.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(new ApiClient(port).login("sessions", "Sessions2028!").status()).isEqualTo(200);
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
        ApiClient browser = ApiClient.loggedIn(port, "safety").withoutCsrf();
        Response refused = browser.post("/api/v1/auth/logout", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("csrf");
        assertThat(browser.header("X-XSRF-TOKEN", "forged").post("/api/v1/auth/logout", Map.of()).problemType())
                .isEqualTo("csrf");
        // the request filter writes its entry just after the answer has gone out
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from audit_event where actor_name = 'safety' and action = 'POST /api/v1/auth/logout'
                and outcome = 'DENIED' and http_status = 403""").query(Long.class).single()).isGreaterThanOrEqualTo(2));
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

    /** The fastest of three failed logins for the name (each from a fresh client), in milliseconds. */
    private long fastestFailure(String username) {
        long fastest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            ApiClient client = new ApiClient(port);
            client.get("/api/v1/auth/csrf");
            long start = System.nanoTime();
            assertThat(client.login(username, "Wrong2026!").status()).isEqualTo(401);
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
        }
        return fastest;
    }

    /** Signs in over a connection from the given loopback address (the JDK's HttpClient cannot pick one). */
    private int loginFrom(String localAddress, String username, String password) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(localAddress), 0)) {
            socket.getOutputStream().write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nCookie: XSRF-TOKEN=t1\r\nX-XSRF-TOKEN: t1\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
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
