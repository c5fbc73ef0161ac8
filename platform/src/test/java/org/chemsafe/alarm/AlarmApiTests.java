package org.chemsafe.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The alarm centre through its module API and REST: one open alarm per originator and type (repeats counted,
 * HIGH → HIGH_HIGH escalated), acknowledging, shelving and disposing with their refusals (409 with the reason) and
 * bad input (400 naming the field), closing only after return, acknowledgement and disposal, a new alarm after
 * the close, the transitions with who and when, permissions, and another enterprise's alarm a 404.
 */
@PlatformTest
public class AlarmApiTests {

    @LocalServerPort
    int port;

    @Autowired
    AlarmCentre centre;

    @Test
    void anAlarmIsRaisedRepeatedEscalatedAcknowledgedReturnedDisposedAndClosed() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        UUID enterpriseId = UUID.fromString(enterprise.id());
        Originator point = Originator.point(UUID.randomUUID());
        UUID tank = UUID.randomUUID();
        Instant t0 = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);

        AlarmBatchResult first = centre.apply(List.of(raise(enterpriseId, point, AlarmCondition.HIGH, t0, tank),
                raise(enterpriseId, point, AlarmCondition.HIGH, t0.plusSeconds(1), tank),
                raise(enterpriseId, point, AlarmCondition.HIGH_HIGH, t0.plusSeconds(2), tank)));
        assertThat(first).isEqualTo(new AlarmBatchResult(1, 1, 0, 1, 0, 0));
        JsonNode list = safety.get("/api/v1/alarms?originatorId=" + point.id()).json();
        assertThat(list.path("totalElements").asInt()).isEqualTo(1);
        JsonNode alarm = list.path("content").get(0);
        String id = alarm.path("id").asString();
        assertThat(alarm.path("originatorType").asString()).isEqualTo("POINT");
        assertThat(alarm.path("type").asString()).isEqualTo("PROCESS_HIGH");
        assertThat(alarm.path("condition").asString()).isEqualTo("HIGH_HIGH");
        assertThat(alarm.path("severity").asString()).isEqualTo("MAJOR");
        assertThat(alarm.path("colour").asString()).isEqualTo("ORANGE");
        assertThat(alarm.path("occurrences").asInt()).isEqualTo(3);
        assertThat(alarm.path("active").asBoolean()).isTrue();
        assertThat(alarm.path("acknowledged").asBoolean()).isFalse();
        assertThat(alarm.path("firstRaisedAt").asString()).isEqualTo(t0.toString());
        assertThat(alarm.path("lastSeenAt").asString()).isEqualTo(t0.plusSeconds(2).toString());
        assertThat(alarm.path("links").get(0).path("kind").asString()).isEqualTo("TANK");
        assertThat(alarm.path("links").get(0).path("id").asString()).isEqualTo(tank.toString());

        Response early = safety.post("/api/v1/alarms/" + id + "/dispose", disposal());
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("reason").asString()).isEqualTo("STILL_ACTIVE");
        Response acknowledged = safety.post("/api/v1/alarms/" + id + "/acknowledge", Map.of("comment", "已通知外操"));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("acknowledged").asBoolean()).isTrue();
        Response again = safety.post("/api/v1/alarms/" + id + "/acknowledge", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("reason").asString()).isEqualTo("ALREADY_ACKNOWLEDGED");
        assertThat(safety.post("/api/v1/alarms/" + id + "/dispose", disposal()).json().path("reason").asString())
                .isEqualTo("STILL_ACTIVE");

        assertThat(centre.apply(List.of(new AlarmSignal.Return(enterpriseId, point, AlarmType.PROCESS_HIGH,
                t0.plusSeconds(60)), new AlarmSignal.Return(enterpriseId, point, AlarmType.PROCESS_LOW,
                        t0.plusSeconds(60))))).isEqualTo(new AlarmBatchResult(0, 0, 0, 0, 1, 1));

        Response bad = safety.post("/api/v1/alarms/" + id + "/dispose", Map.of("causeCategory", "WEATHER",
                "measures", "x"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        Response blank = safety.post("/api/v1/alarms/" + id + "/dispose", Map.of("causeCategory", "LEAK",
                "measures", " ", "attachments", List.of("")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank)).contains("measures", "attachments[0]");

        Response disposed = safety.post("/api/v1/alarms/" + id + "/dispose", disposal());
        assertThat(disposed.status()).as(disposed.body()).isEqualTo(200);
        JsonNode closed = disposed.json();
        assertThat(closed.path("closed").asBoolean()).isTrue();
        assertThat(closed.path("disposal").path("causeCategory").asString()).isEqualTo("LEAK");
        assertThat(closed.path("disposal").path("attachments").get(0).asString()).isEqualTo("photos/leak-1.jpg");
        assertThat(closed.path("disposal").path("personName").asString()).isEqualTo(enterprise.safetyManager());
        JsonNode detail = safety.get("/api/v1/alarms/" + id).json();
        assertThat(detail.path("transitions").valueStream().map(t -> t.path("kind").asString()))
                .containsExactly("RAISED", "ESCALATED", "ACKNOWLEDGED", "RETURNED", "DISPOSED", "CLOSED");
        JsonNode raised = detail.path("transitions").get(0);
        assertThat(raised.path("at").asString()).isEqualTo(t0.toString());
        assertThat(raised.path("actorName").asString()).isEqualTo("system");
        assertThat(raised.path("actorId").isNull()).isTrue();
        JsonNode ack = detail.path("transitions").get(2);
        assertThat(ack.path("actorName").asString()).isEqualTo(enterprise.safetyManager());
        assertThat(ack.path("comment").asString()).isEqualTo("已通知外操");
        assertThat(safety.post("/api/v1/alarms/" + id + "/acknowledge", Map.of()).json().path("reason").asString())
                .isEqualTo("CLOSED");

        centre.apply(List.of(raise(enterpriseId, point, AlarmCondition.HIGH, t0.plusSeconds(120), tank)));
        JsonNode both = safety.get("/api/v1/alarms?originatorId=" + point.id()).json();
        assertThat(both.path("totalElements").asInt()).as("a new excursion after the close is a new alarm")
                .isEqualTo(2);
        assertThat(safety.get("/api/v1/alarms?originatorId=" + point.id() + "&state=CLOSED").json()
                .path("content").get(0).path("id").asString()).isEqualTo(id);
        assertThat(safety.get("/api/v1/alarms?originatorId=" + point.id() + "&state=ACTIVE").json()
                .path("content").get(0).path("id").asString()).isNotEqualTo(id);
    }

    @Test
    void shelvingNeedsAReasonAndAnExpiryWithinTheLongestShelf() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = raisedAlarm(centre, enterprise, safety);
        String path = "/api/v1/alarms/" + id;
        Instant now = Instant.now();

        assertThat(fields(safety.post(path + "/shelve", Map.of("until", now.plusSeconds(3600).toString()))))
                .containsExactly("reason");
        assertThat(fields(safety.post(path + "/shelve", Map.of("reason", "仪表检定",
                "until", now.minusSeconds(1).toString())))).containsExactly("until");
        assertThat(fields(safety.post(path + "/shelve", Map.of("reason", "仪表检定",
                "until", now.plus(Duration.ofHours(25)).toString())))).containsExactly("until");
        assertThat(safety.post(path + "/shelve", Map.of("reason", "仪表检定", "until", "tomorrow")).status())
                .isEqualTo(400);
        assertThat(safety.post(path + "/unshelve", Map.of()).json().path("reason").asString())
                .isEqualTo("NOT_SHELVED");

        Instant until = now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Response shelved = safety.post(path + "/shelve", Map.of("reason", "仪表检定", "until", until.toString()));
        assertThat(shelved.status()).as(shelved.body()).isEqualTo(200);
        assertThat(shelved.json().path("shelved").asBoolean()).isTrue();
        assertThat(shelved.json().path("shelveReason").asString()).isEqualTo("仪表检定");
        assertThat(shelved.json().path("shelvedUntil").asString()).isEqualTo(until.toString());
        assertThat(ids(safety.get("/api/v1/alarms?state=SHELVED&enterpriseId=" + enterprise.id()))).contains(id);
        assertThat(safety.post(path + "/shelve", Map.of("reason", "再次", "until", until.toString())).json()
                .path("reason").asString()).isEqualTo("ALREADY_SHELVED");
        Response unshelved = safety.post(path + "/unshelve", Map.of());
        assertThat(unshelved.status()).as(unshelved.body()).isEqualTo(200);
        assertThat(unshelved.json().path("shelved").asBoolean()).isFalse();
        assertThat(ids(safety.get("/api/v1/alarms?state=SHELVED&enterpriseId=" + enterprise.id()))).doesNotContain(id);
    }

    @Test
    void aManagerTakesAnAlarmOutOfServiceWithAReasonAndReturnsItToService() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = raisedAlarm(centre, enterprise, safety);
        String path = "/api/v1/alarms/" + id;
        ApiClient leader = ApiClient.loggedIn(port, TestUsers.newUser(ApiClient.loggedIn(port, "platform"),
                enterprise.id(), "SHIFT_LEADER"));

        assertThat(leader.post(path + "/out-of-service", Map.of("reason", "探头更换")).status())
                .as("shift leaders shelve; taking out of service is the managers'").isEqualTo(403);
        assertThat(fields(safety.post(path + "/out-of-service", Map.of("reason", " ")))).containsExactly("reason");
        assertThat(safety.post(path + "/return-to-service", Map.of()).json().path("reason").asString())
                .isEqualTo("IN_SERVICE");
        Response taken = safety.post(path + "/out-of-service", Map.of("reason", "GT-101 探头更换，预计明日恢复"));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().path("outOfService").asBoolean()).isTrue();
        assertThat(taken.json().path("outOfServiceReason").asString()).isEqualTo("GT-101 探头更换，预计明日恢复");
        assertThat(taken.json().path("outOfServiceSince").isNull()).isFalse();
        assertThat(taken.json().path("transitions").valueStream().map(t -> t.path("kind").asString()))
                .endsWith("OUT_OF_SERVICE");
        assertThat(ids(safety.get("/api/v1/alarms?state=OUT_OF_SERVICE&enterpriseId=" + enterprise.id())))
                .containsExactly(id);
        JsonNode twice = safety.post(path + "/out-of-service", Map.of("reason", "再次")).json();
        assertThat(twice.path("status").asInt()).isEqualTo(409);
        assertThat(twice.path("reason").asString()).isEqualTo("ALREADY_OUT_OF_SERVICE");
        assertThat(twice.path("detail").asString()).isEqualTo("报警已停用");

        Response back = safety.post(path + "/return-to-service", Map.of());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("outOfService").asBoolean()).isFalse();
        assertThat(ids(safety.get("/api/v1/alarms?state=OUT_OF_SERVICE&enterpriseId=" + enterprise.id()))).isEmpty();
        assertThat(TestEnterprise.register(port).safetyManager(port).post(path + "/out-of-service",
                Map.of("reason", "试")).status()).as("another enterprise's alarm").isEqualTo(404);
    }

    @Test
    void regionSupervisorsReadTheirEnterprisesAlarmsAndKpisButTakeNoStep() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = raisedAlarm(centre, enterprise, safety);
        ApiClient district = ApiClient.loggedIn(port, "district");
        ApiClient otherTown = ApiClient.loggedIn(port, "town");

        assertThat(ids(district.get("/api/v1/alarms?size=200&state=OPEN"))).as("山亭区 covers the enterprise's town")
                .contains(id);
        assertThat(district.get("/api/v1/alarms/" + id).json().path("enterpriseName").asString())
                .isEqualTo(enterprise.name());
        JsonNode kpis = district.get("/api/v1/alarm-kpis?enterpriseId=" + enterprise.id()).json();
        assertThat(kpis.path("enterprises").get(0).path("open").asInt()).isEqualTo(1);
        for (String step : List.of("acknowledge", "unshelve", "return-to-service")) {
            assertThat(district.post("/api/v1/alarms/" + id + "/" + step, Map.of()).status()).as(step).isEqualTo(403);
        }
        assertThat(district.post("/api/v1/alarms/" + id + "/dispose", Map.of("causeCategory", "OTHER", "measures",
                "监管代处置")).status()).isEqualTo(403);
        assertThat(district.put("/api/v1/alarm-ladders", Map.of("enterpriseId", enterprise.id(), "ladders",
                List.of(Map.of("severity", "MINOR", "firstMinutes", 1, "secondMinutes", 2)))).status()).isEqualTo(403);

        assertThat(otherTown.get("/api/v1/alarms/" + id).status()).as("西集镇 does not cover it").isEqualTo(404);
        assertThat(ids(otherTown.get("/api/v1/alarms?size=200"))).doesNotContain(id);
        assertThat(otherTown.get("/api/v1/alarm-kpis?enterpriseId=" + enterprise.id()).status()).isEqualTo(404);
    }

    @Test
    void anotherEnterpriseSeesNothingAndPermissionsDecideWhoHandlesAndShelves() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String id = raisedAlarm(centre, enterprise, safety);
        ApiClient stranger = TestEnterprise.register(port).safetyManager(port);
        assertThat(stranger.get("/api/v1/alarms/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/alarms/" + id + "/acknowledge", Map.of()).status()).isEqualTo(404);
        assertThat(ids(stranger.get("/api/v1/alarms?size=200"))).doesNotContain(id);
        assertThat(safety.get("/api/v1/alarms/" + UUID.randomUUID()).status()).isEqualTo(404);

        ApiClient platform = ApiClient.loggedIn(port, "platform");
        ApiClient operator = ApiClient.loggedIn(port, TestUsers.newUser(platform, enterprise.id(), "OPERATOR"));
        ApiClient contractor = ApiClient.loggedIn(port, TestUsers.newUser(platform, enterprise.id(), "CONTRACTOR"));
        assertThat(contractor.get("/api/v1/alarms/" + id).status()).isEqualTo(200);
        assertThat(contractor.post("/api/v1/alarms/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/alarms/" + id + "/shelve", Map.of("reason", "试", "until",
                Instant.now().plusSeconds(600).toString())).status()).isEqualTo(403);
        assertThat(operator.post("/api/v1/alarms/" + id + "/acknowledge", Map.of()).status()).isEqualTo(200);

        assertThat(safety.get("/api/v1/alarms?state=NOPE").status()).isEqualTo(400);
        assertThat(safety.get("/api/v1/alarms?severity=PURPLE").status()).isEqualTo(400);
        Response emptyRange = safety.get("/api/v1/alarms?from=2026-12-03T08:00:00Z&to=2026-12-03T08:00:00Z");
        assertThat(fields(emptyRange)).containsExactly("to");
        assertThat(safety.get("/api/v1/alarms?from=yesterday").status()).isEqualTo(400);
        assertThat(fields(safety.get("/api/v1/alarms?q=" + "x".repeat(101)))).containsExactly("q");
        assertThat(safety.get("/api/v1/alarms/not-a-uuid").status()).isEqualTo(400);

        JsonNode audit = safety.get("/api/v1/audit-events?size=50").json().path("content");
        assertThat(audit.valueStream().map(entry -> entry.path("action").asString()))
                .contains("POST /api/v1/alarms/{id}/acknowledge");
    }

    /** Raises a HIGH alarm of a new point of the enterprise through the module API; answers its id. */
    public static String raisedAlarm(AlarmCentre centre, TestEnterprise enterprise, ApiClient reader) {
        Originator point = Originator.point(UUID.randomUUID());
        centre.apply(List.of(raise(UUID.fromString(enterprise.id()), point, AlarmCondition.HIGH,
                Instant.now().minusSeconds(5), UUID.randomUUID())));
        return reader.get("/api/v1/alarms?originatorId=" + point.id()).json().path("content").get(0).path("id")
                .asString();
    }

    private static AlarmSignal.Raise raise(UUID enterpriseId, Originator point, AlarmCondition condition, Instant at,
            UUID tank) {
        AlarmSeverity severity = condition == AlarmCondition.HIGH_HIGH ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR;
        return new AlarmSignal.Raise(enterpriseId, point, "LT-101 1#储罐液位", AlarmType.PROCESS_HIGH, condition,
                severity, null, List.of(new AlarmLink("TANK", tank)), null, at);
    }

    private static Map<String, Object> disposal() {
        return Map.of("causeCategory", "LEAK", "measures", "关闭根部阀，更换垫片，复测合格",
                "attachments", List.of("photos/leak-1.jpg"));
    }

    private static List<String> fields(Response problem) {
        return problem.invalidFields();
    }

    private static List<String> ids(Response list) {
        return list.json().path("content").valueStream().map(alarm -> alarm.path("id").asString()).toList();
    }
}
