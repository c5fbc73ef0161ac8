package org.chemsafe.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.FreePorts;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.RecordingHttpServer;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import tools.jackson.databind.JsonNode;

/**
 * Notices delivered through the real stack: the alarm centre's event on the event publication registry, a real SMTP
 * server (GreenMail), real HTTP servers for the webhooks and the SMS gateway, the browser stream over a real HTTP
 * connection. Each recipient gets the notice once on every channel that reaches them, nobody of another enterprise
 * gets it, a replayed event adds nothing, a failing webhook is retried with back-off and given up after the last
 * attempt with every attempt recorded, and webhooks refuse bad input and stay in their enterprise. The delivery
 * worker runs at the times the tests choose.
 */
@PlatformTest
class NotificationTests {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", "smtp"));
    private static final RecordingHttpServer OUTSIDE = new RecordingHttpServer();
    private static final AtomicInteger PHONES = new AtomicInteger();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("chemsafe.notification.sms.url", () -> OUTSIDE.url("/sms"));
        registry.add("chemsafe.notification.sms.token", () -> "sms-secret");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        OUTSIDE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NoticeIntake intake;

    @Autowired
    DeliveryDispatcher dispatcher;

    @Test
    void aNoticeReachesEachRecipientOnEveryChannelOnceAndNobodyElse() throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        User manager = user(enterprise.id(), "SAFETY_MANAGER", true);
        User principal = user(enterprise.id(), "ENTERPRISE_PRINCIPAL", true);
        User operator = user(enterprise.id(), "OPERATOR", false);
        TestEnterprise other = TestEnterprise.register(port);
        User stranger = user(other.id(), "SAFETY_MANAGER", true);
        webhook(safety, "钉钉值班群", "DINGTALK", "/ding-" + enterprise.id(), null, true);
        webhook(safety, "红色报警推送", "GENERIC", "/red-" + enterprise.id(), "CRITICAL", true);
        webhook(safety, "停用的飞书群", "FEISHU", "/feishu-" + enterprise.id(), null, false);
        webhook(other.safetyManager(port), "别家钉钉", "DINGTALK", "/ding-" + other.id(), null, true);

        BlockingQueue<String> live = stream(manager.client());
        AlarmNotice notice = notice(enterprise.id(), AlarmSeverity.MAJOR, Set.of("SAFETY_MANAGER"),
                Set.of(principal.id()));
        publish(notice);

        List<JsonNode> deliveries = awaitDeliveries(safety, notice.alarmId(), 8);
        assertThat(deliveries).extracting(d -> d.path("channel").asString() + " " + d.path("address").asString()
                + " " + d.path("status").asString()).containsExactlyInAnyOrder(
                        "BROWSER " + manager.username() + " DELIVERED",
                        "EMAIL " + manager.email() + " PENDING",
                        "SMS " + manager.phone() + " PENDING",
                        "BROWSER " + principal.username() + " NO_SESSION",
                        "EMAIL " + principal.email() + " PENDING",
                        "SMS " + principal.phone() + " PENDING",
                        "BROWSER " + enterprise.safetyManager() + " NO_SESSION",
                        "WEBHOOK " + OUTSIDE.url("/ding-" + enterprise.id()) + " PENDING");
        assertThat(deliveries).noneMatch(d -> d.path("address").asString().equals(operator.username()));
        String event = awaitLine(live, "data:");
        assertThat(event).contains(notice.subject()).contains("\"colour\":\"ORANGE\"");

        dispatcher.dispatch(Instant.now());

        assertThat(awaitDeliveries(safety, notice.alarmId(), 8)).extracting(d -> d.path("status").asString())
                .as("the two browsers without an open page stay NO_SESSION").filteredOn("DELIVERED"::equals)
                .hasSize(6);
        List<String> mailTo = new ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getSubject().equals("[ChemSafe] " + notice.subject())) {
                mailTo.add(mail.getAllRecipients()[0].toString());
                assertThat(((String) mail.getContent()).strip()).isEqualTo(notice.body());
            }
        }
        assertThat(mailTo).containsExactlyInAnyOrder(manager.email(), principal.email());
        for (User reached : List.of(manager, principal)) {
            assertThat(OUTSIDE.bodies("/sms")).anyMatch(body -> body.contains("\"phone\":\"" + reached.phone() + "\"")
                    && body.contains(notice.subject()));
        }
        assertThat(OUTSIDE.bodies("/ding-" + enterprise.id())).singleElement().satisfies(body -> assertThat(body)
                .startsWith("{").contains("\"msgtype\":\"text\"").contains("\"content\":\"" + notice.subject()));
        assertThat(OUTSIDE.bodies("/red-" + enterprise.id())).as("an orange notice is below the floor").isEmpty();
        assertThat(OUTSIDE.bodies("/feishu-" + enterprise.id())).as("disabled").isEmpty();
        assertThat(OUTSIDE.bodies("/ding-" + other.id())).as("another enterprise's").isEmpty();

        transactions.executeWithoutResult(status -> intake.on(notice));
        assertThat(awaitDeliveries(safety, notice.alarmId(), 8)).as("a replayed notice adds nothing").hasSize(8);

        assertThat(principal.client().get("/api/v1/notifications").json().path("content").get(0).path("subject")
                .asString()).isEqualTo(notice.subject());
        assertThat(stranger.client().get("/api/v1/notifications").json().path("content").findValuesAsString("id"))
                .doesNotContain(notice.noticeId().toString());
        ApiClient otherManager = other.safetyManager(port);
        assertThat(otherManager.get("/api/v1/notification-deliveries?alarmId=" + notice.alarmId()).json()
                .path("totalElements").asLong()).isZero();
        assertThat(otherManager.get("/api/v1/notification-deliveries/" + deliveries.get(0).path("id").asString())
                .status()).isEqualTo(404);
        assertThat(operator.client().get("/api/v1/notification-deliveries").status()).isEqualTo(403);
    }

    @Test
    void aFailingWebhookIsRetriedWithBackOffAndGivenUpAfterTheLastAttemptWithEveryAttemptRecorded() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String flaky = "/flaky-" + enterprise.id();
        String dead = "/dead-" + enterprise.id();
        OUTSIDE.answer(flaky, 500);
        OUTSIDE.answer(dead, 503);
        webhook(safety, "企业微信", "WECOM", flaky, null, true);
        webhook(safety, "飞书", "FEISHU", dead, null, true);
        AlarmNotice notice = notice(enterprise.id(), AlarmSeverity.CRITICAL, Set.of(), Set.of());
        publish(notice);
        awaitDeliveries(safety, notice.alarmId(), 2);

        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        dispatcher.dispatch(t0);
        JsonNode first = delivery(safety, notice.alarmId(), flaky);
        assertThat(first.path("status").asString()).isEqualTo("PENDING");
        assertThat(first.path("attempts").asInt()).isEqualTo(1);
        assertThat(first.path("lastError").asString()).contains("HTTP 500");
        assertThat(Instant.parse(first.path("nextAttemptAt").asString())).isEqualTo(t0.plusSeconds(30));

        dispatcher.dispatch(t0.plusSeconds(29));
        assertThat(OUTSIDE.bodies(flaky)).as("not before the back-off").hasSize(1);
        dispatcher.dispatch(t0.plusSeconds(30));
        assertThat(OUTSIDE.bodies(flaky)).hasSize(2);
        assertThat(Instant.parse(delivery(safety, notice.alarmId(), flaky).path("nextAttemptAt").asString()))
                .as("the wait doubles").isEqualTo(t0.plusSeconds(90));
        OUTSIDE.answer(flaky, 200);
        dispatcher.dispatch(t0.plusSeconds(90));
        JsonNode delivered = detail(safety, delivery(safety, notice.alarmId(), flaky).path("id").asString());
        assertThat(delivered.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.path("attemptLog")).extracting(a -> a.path("succeeded").asBoolean())
                .containsExactly(false, false, true);
        assertThat(OUTSIDE.bodies(flaky).get(2)).contains("\"msgtype\":\"text\"");

        Instant at = t0.plusSeconds(90);
        for (int round = 0; round < 10; round++) {
            at = at.plus(Duration.ofHours(1));
            dispatcher.dispatch(at);
        }
        JsonNode givenUp = detail(safety, delivery(safety, notice.alarmId(), dead).path("id").asString());
        assertThat(givenUp.path("status").asString()).isEqualTo("FAILED");
        assertThat(givenUp.path("attempts").asInt()).isEqualTo(8);
        assertThat(givenUp.path("attemptLog")).hasSize(8);
        assertThat(givenUp.path("nextAttemptAt").isNull()).isTrue();
        assertThat(OUTSIDE.bodies(dead)).hasSize(8).first().asString().contains("\"msg_type\":\"text\"");
    }

    @Test
    void aSignedDingTalkRobotGetsItsTimestampAndSignatureAndTheSecretIsNeverShown() throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String path = "/signed-" + enterprise.id();
        String secret = "SECd1e2f3a4b5c6";
        Response created = safety.post("/api/v1/notification-webhooks", Map.of("name", "加签钉钉群", "format",
                "DINGTALK", "url", OUTSIDE.url(path) + "?access_token=t0k", "secret", secret));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("signed").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(secret);
        String id = created.json().path("id").asString();
        assertThat(safety.get("/api/v1/notification-webhooks/" + id).body()).doesNotContain(secret);

        AlarmNotice notice = notice(enterprise.id(), AlarmSeverity.CRITICAL, Set.of(), Set.of());
        publish(notice);
        awaitDeliveries(safety, notice.alarmId(), 1);
        Instant before = Instant.now();
        dispatcher.dispatch(before.plusSeconds(1));
        RecordingHttpServer.Request request = OUTSIDE.requests(path).get(0);
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : request.query().split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), java.net.URLDecoder.decode(
                    pair.substring(pair.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(query.get("access_token")).isEqualTo("t0k");
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(timestamp).isBetween(before.toEpochMilli() - 1_000, Instant.now().toEpochMilli() + 1_000);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        assertThat(query.get("sign")).as("DingTalk's check of the signature").isEqualTo(java.util.Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));

        Map<String, Object> change = Map.of("name", "加签钉钉群", "format", "DINGTALK", "url", OUTSIDE.url(path));
        assertThat(safety.put("/api/v1/notification-webhooks/" + id, change).json().path("signed").asBoolean())
                .as("a change without the secret keeps it").isTrue();
        Map<String, Object> unsigned = new java.util.HashMap<>(change);
        unsigned.put("secret", "");
        assertThat(safety.put("/api/v1/notification-webhooks/" + id, unsigned).json().path("signed").asBoolean())
                .as("an empty secret removes it").isFalse();
        Response wecom = safety.post("/api/v1/notification-webhooks", Map.of("name", "企业微信群", "format", "WECOM",
                "url", OUTSIDE.url("/wecom"), "secret", "x"));
        assertThat(wecom.status()).isEqualTo(400);
        assertThat(wecom.json().path("errors").get(0).path("field").asString()).isEqualTo("secret");
    }

    @Test
    void theNoticesForThePeopleOnDutyGoToTheShiftCoveringThem() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        User onShift = user(enterprise.id(), "OPERATOR", false);
        User offShift = user(enterprise.id(), "OPERATOR", false);
        User leader = user(enterprise.id(), "SHIFT_LEADER", false);
        Instant now = Instant.now();
        Response shift = safety.post("/api/v1/duty-shifts", Map.of("name", "夜班", "startsAt",
                now.minusSeconds(3_600).toString(), "endsAt", now.plusSeconds(7 * 3_600).toString(), "memberIds",
                List.of(onShift.id())));
        assertThat(shift.status()).as(shift.body()).isEqualTo(201);
        assertThat(shift.json().path("members").get(0).path("displayName").asString()).isNotBlank();

        AlarmNotice raised = new AlarmNotice(UUID.randomUUID(), UUID.fromString(enterprise.id()),
                AlarmNotice.Kind.RAISED, UUID.randomUUID(), AlarmSeverity.MAJOR, "新报警｜橙色报警｜PT-201", "未确认",
                Set.of("OPERATOR", "SHIFT_LEADER"), Set.of(), now);
        publish(raised);
        assertThat(awaitDeliveries(safety, raised.alarmId(), 2)).extracting(d -> d.path("address").asString())
                .as("the rostered operator; no shift leader is rostered, so every shift leader")
                .containsExactlyInAnyOrder(onShift.username(), leader.username());

        AlarmNotice later = new AlarmNotice(UUID.randomUUID(), UUID.fromString(enterprise.id()),
                AlarmNotice.Kind.RAISED, UUID.randomUUID(), AlarmSeverity.MAJOR, "新报警｜橙色报警｜PT-202", "未确认",
                Set.of("OPERATOR"), Set.of(), now.plusSeconds(8 * 3_600));
        publish(later);
        assertThat(awaitDeliveries(safety, later.alarmId(), 2)).extracting(d -> d.path("address").asString())
                .as("after the shift, every operator").containsExactlyInAnyOrder(onShift.username(),
                        offShift.username());

        String path = "/api/v1/duty-shifts/" + shift.json().path("id").asString();
        Map<String, Object> backwards = Map.of("name", "夜班", "startsAt", now.toString(), "endsAt",
                now.minusSeconds(1).toString(), "memberIds", List.of(onShift.id()));
        assertThat(safety.put(path, backwards).invalidFields()).containsExactly("endsAt");
        assertThat(safety.put(path, Map.of("name", "夜班", "startsAt", now.toString(), "endsAt",
                now.plusSeconds(49 * 3_600).toString(), "memberIds", List.of(onShift.id()))).invalidFields())
                .containsExactly("endsAt");
        TestEnterprise other = TestEnterprise.register(port);
        User stranger = user(other.id(), "OPERATOR", false);
        assertThat(safety.put(path, Map.of("name", "夜班", "startsAt", now.toString(), "endsAt",
                now.plusSeconds(3_600).toString(), "memberIds", List.of(stranger.id()))).invalidFields())
                .containsExactly("memberIds");
        assertThat(safety.post("/api/v1/duty-shifts", Map.of("name", "夜班", "startsAt", now.toString(),
                "endsAt", now.plusSeconds(3_600).toString(), "memberIds", List.of())).invalidFields())
                .containsExactly("memberIds");
        assertThat(onShift.client().get(path).status()).as("everyone who reads alarms sees who is on duty")
                .isEqualTo(200);
        assertThat(onShift.client().delete(path).status()).isEqualTo(403);
        assertThat(other.safetyManager(port).get(path).status()).isEqualTo(404);
        assertThat(safety.delete(path).status()).isEqualTo(204);
    }

    @Test
    void webhooksRefuseBadInputNamingTheFieldAndStayInTheirEnterprise() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Response bad = safety.post("/api/v1/notification-webhooks", Map.of("name", "群", "format", "DINGTALK",
                "url", "ftp://example.org/hook"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("url").contains("http");
        assertThat(safety.post("/api/v1/notification-webhooks", Map.of("name", "群", "format", "SLACK", "url",
                "https://example.org/hook")).status()).isEqualTo(400);
        assertThat(safety.post("/api/v1/notification-webhooks", Map.of("name", " ", "url",
                "https://example.org/hook")).body()).contains("name").contains("format");
        String id = webhook(safety, "值班群", "WECOM", "/x", "MAJOR", true);
        Response taken = safety.post("/api/v1/notification-webhooks", Map.of("name", "值班群", "format", "WECOM",
                "url", "https://example.org/hook"));
        assertThat(taken.status()).isEqualTo(409);
        Response changed = safety.put("/api/v1/notification-webhooks/" + id, Map.of("name", "值班群", "format",
                "FEISHU", "url", "https://example.org/feishu", "enabled", false));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("minSeverity").asString()).as("all notices without a floor")
                .isEqualTo("WARNING");

        ApiClient operator = enterprise.newUser(port, "OPERATOR");
        assertThat(operator.post("/api/v1/notification-webhooks", Map.of("name", "x", "format", "WECOM", "url",
                "https://example.org/hook")).status()).isEqualTo(403);
        ApiClient stranger = TestEnterprise.register(port).safetyManager(port);
        assertThat(stranger.get("/api/v1/notification-webhooks/" + id).status()).isEqualTo(404);
        assertThat(stranger.delete("/api/v1/notification-webhooks/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/notification-webhooks").json().path("content").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(safety.delete("/api/v1/notification-webhooks/" + id).status()).isEqualTo(204);
        assertThat(safety.get("/api/v1/notification-webhooks/" + id).status()).isEqualTo(404);
    }

    private record User(String id, String username, String email, String phone, ApiClient client) {
    }

    /** A new user of the enterprise with an e-mail address and a mobile number, or neither. */
    private User user(String enterpriseId, String role, boolean reachable) {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        int number = PHONES.incrementAndGet();
        String username = "n" + ProcessHandle.current().pid() + "-" + number + "-" + role.toLowerCase();
        String email = reachable ? username + "@example.cn" : null;
        String phone = reachable ? String.format("139%08d", number) : null;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", "值班" + number,
                "password", ApiClient.DEMO_PASSWORD, "roleCodes", List.of(role), "scope",
                Map.of("kind", "ENTERPRISE", "enterpriseId", enterpriseId)));
        if (reachable) {
            body.put("email", email);
            body.put("phone", phone);
        }
        Response created = platform.post("/api/v1/users", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("email").asString(null)).isEqualTo(email);
        return new User(created.json().path("id").asString(), username, email, phone,
                ApiClient.loggedIn(port, username));
    }

    private String webhook(ApiClient client, String name, String format, String path, String minSeverity,
            boolean enabled) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "format", format, "url",
                OUTSIDE.url(path), "enabled", enabled));
        if (minSeverity != null) {
            body.put("minSeverity", minSeverity);
        }
        Response created = client.post("/api/v1/notification-webhooks", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static AlarmNotice notice(String enterpriseId, AlarmSeverity severity, Set<String> roles,
            Set<String> userIds) {
        UUID alarmId = UUID.randomUUID();
        return new AlarmNotice(UUID.randomUUID(), UUID.fromString(enterpriseId), AlarmNotice.Kind.ESCALATED, alarmId,
                severity, "报警升级｜" + severity.colour() + "｜" + alarmId, "报警 " + alarmId + " 超过 5 分钟未确认",
                roles, userIds.stream().map(UUID::fromString).collect(java.util.stream.Collectors.toSet()),
                Instant.now());
    }

    /** Published as the alarm centre does: inside a transaction, delivered to listeners after its commit. */
    private void publish(AlarmNotice notice) {
        transactions.executeWithoutResult(status -> events.publishEvent(notice));
    }

    private List<JsonNode> awaitDeliveries(ApiClient client, UUID alarmId, int count) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            found.clear();
            client.get("/api/v1/notification-deliveries?size=50&alarmId=" + alarmId).json().path("content")
                    .forEach(found::add);
            assertThat(found).hasSize(count);
        });
        return found;
    }

    private static JsonNode delivery(ApiClient client, UUID alarmId, String path) {
        JsonNode page = client.get("/api/v1/notification-deliveries?alarmId=" + alarmId).json().path("content");
        for (JsonNode delivery : page) {
            if (delivery.path("address").asString().endsWith(path)) {
                return delivery;
            }
        }
        throw new AssertionError("no delivery to " + path + " in " + page);
    }

    private static JsonNode detail(ApiClient client, String id) {
        return client.get("/api/v1/notification-deliveries/" + id).json();
    }

    /** The user's live stream, open (its first line read), its lines queued as they arrive. */
    private static BlockingQueue<String> stream(ApiClient client) throws Exception {
        HttpResponse<Stream<String>> response = client.stream("/api/v1/notifications/stream").get(10,
                TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(awaitLine(lines, ":open")).isNotNull();
        return lines;
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " within 10 s");
    }
}
