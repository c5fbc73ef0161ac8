package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Inspection records over real HTTP, for a daily task that started three days ago (D-3) at midnight, plant time, and
 * is assigned to an operator: a late record sent from a dead zone, its resend, a second record of the same
 * occurrence, the states of the occurrences (missed, done, due), the missed list, today's round with a hidden danger
 * reported in the same request, and bad input. The clock is the real one: the states are judged against it.
 */
@PlatformTest
class InspectionRecordApiTests {

    static final String PATH = "/api/v1/inspection-records";
    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    UUID enterprise;
    ApiClient manager;
    ApiClient operator;
    UUID operatorId;
    String measure;
    String task;
    LocalDate today;

    @BeforeEach
    void aTaskOfThreeDaysAssignedToAnOperator() {
        enterprise = TestEnterprises.register(directory, registry, "排查记录测试");
        manager = login(user("ir-sm-", "SAFETY_MANAGER", enterprise));
        String operatorName = user("ir-op-", "OPERATOR", enterprise);
        operator = login(operatorName);
        operatorId = UUID.fromString(operator.get("/api/v1/auth/me").json().path("id").asString());
        today = LocalDate.now(PLANT);
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "液氨罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "液氨储罐 V-201")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "液氨泄漏中毒")));
        measure = created(manager.post("/api/v1/risk-events/" + event + "/measures", RiskRegisterApiTests.MEASURE));
        task = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task(operatorId)));
    }

    @Test
    void aLateRecordCountsOnceAndTheOccurrencesSayWhatIsMissed() {
        Map<String, Object> late = record(day(-2), "NORMAL", at(-2, "10:15"));
        Response first = operator.post(PATH, late);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().path("id").asString();
        assertThat(first.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(first.json().path("checkStatusCode").asInt()).isZero();
        assertThat(first.json().path("late").asBoolean()).isFalse();
        assertThat(first.json().path("riskMeasureId").asString()).isEqualTo(measure);
        assertThat(first.json().path("location").path("latitude").decimalValue()).isEqualByComparingTo("37.5312");

        // the phone did not hear the answer and sends it again: the first record, nothing new
        Response again = operator.post(PATH, late);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        // another phone records the same occurrence: refused
        Response second = manager.post(PATH, record(day(-2), "NORMAL", at(-2, "11:00")));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(manager.get(PATH + "?checkTaskId=" + task).json().path("totalElements").asInt()).isEqualTo(1);

        JsonNode occurrences = manager.get("/api/v1/inspection-tasks/" + task + "/occurrences?from=" + day(-3)
                + "&to=" + day(1)).json();
        assertThat(occurrences.valueStream().map(o -> o.path("state").asString())).containsExactly("MISSED", "DONE",
                "MISSED", "DUE");
        assertThat(occurrences.get(0).path("checkStatus").asInt()).isEqualTo(2);
        assertThat(occurrences.get(1).path("recordId").asString()).isEqualTo(id);

        JsonNode missed = manager.get("/api/v1/inspection-occurrences/missed?enterpriseId=" + enterprise).json();
        assertThat(missed.valueStream().map(o -> o.path("occurrence").path("workDay").asString()))
                .containsExactly(today.minusDays(3).toString(), today.minusDays(1).toString());
        assertThat(missed.get(0).path("checkTaskId").asString()).isEqualTo(task);
        assertThat(missed.get(0).path("assigneeId").asString()).isEqualTo(operatorId.toString());

        // a record of yesterday's occurrence sent today is late
        Response yesterday = operator.post(PATH, record(day(-1), "OTHER", at(0, "00:05")));
        assertThat(yesterday.status()).as(yesterday.body()).isEqualTo(201);
        assertThat(yesterday.json().path("late").asBoolean()).isTrue();
        assertThat(yesterday.json().path("checkStatusCode").asInt()).isEqualTo(3);
    }

    @Test
    void todaysRoundReportsAHiddenDangerWithItsRecord() {
        JsonNode round = operator.get("/api/v1/inspection-rounds/today").json();
        assertThat(round.size()).isEqualTo(1);
        assertThat(round.get(0).path("checkTaskId").asString()).isEqualTo(task);
        assertThat(round.get(0).path("occurrence").path("state").asString()).isEqualTo("DUE");
        assertThat(manager.get("/api/v1/inspection-rounds/today").json().size()).isZero();

        String photo = TestPhotos.uploaded(operator);
        Map<String, Object> found = record(round.get(0).path("occurrence").path("start").asString(), "DANGER_FOUND",
                java.time.Instant.now().toString());
        found.put("photos", List.of(photo));
        found.put("checkpointCode", "CP-V201-01");
        found.put("hiddenDanger", danger(Map.of("dangerImg", List.of(photo))));
        Response recorded = operator.post(PATH, found);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String recordId = recorded.json().path("id").asString();
        String dangerId = recorded.json().path("hiddenDangerId").asString();
        assertThat(recorded.json().path("photos").get(0).asString()).isEqualTo(photo);
        assertThat(recorded.json().path("checkpointCode").asString()).isEqualTo("CP-V201-01");

        JsonNode danger = manager.get("/api/v1/hidden-dangers/" + dangerId).json();
        assertThat(danger.path("checkRecordId").asString()).isEqualTo(recordId);
        assertThat(danger.path("riskMeasureId").asString()).isEqualTo(measure);
        assertThat(danger.path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(danger.path("status").asString()).isEqualTo("REPORTED");
        assertThat(operator.get("/api/v1/inspection-rounds/today").json().get(0).path("occurrence").path("state")
                .asString()).isEqualTo("DONE");
        assertThat(manager.get(PATH + "?checkStatus=DANGER_FOUND&enterpriseId=" + enterprise).json()
                .path("totalElements").asInt()).isEqualTo(1);
        assertThat(manager.get(PATH + "/" + recordId).json().path("hiddenDangerId").asString()).isEqualTo(dangerId);
    }

    @Test
    void badRecordsAreValidationProblemsNamingTheFieldAndStoreNothing() {
        String start = day(-1);
        assertInvalid(operator.post(PATH, record(at(-1, "01:00"), "NORMAL", at(-1, "02:00"))),
                "windowStart");
        assertInvalid(operator.post(PATH, record(start, "NORMAL", at(-2, "23:00"))), "checkTime");
        assertInvalid(operator.post(PATH, record(start, "NORMAL", java.time.Instant.now().plusSeconds(3600)
                .toString())), "checkTime");
        assertInvalid(operator.post(PATH, record(start, "DANGER_FOUND", at(-1, "09:00"))), "hiddenDanger");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "hiddenDanger", danger(
                Map.of()))), "hiddenDanger");
        assertInvalid(operator.post(PATH, with(record(start, "DANGER_FOUND", at(-1, "09:00")), "hiddenDanger",
                danger(Map.of("dangerSrc", 11)))), "hiddenDanger.dangerSrc");
        assertInvalid(operator.post(PATH, with(record(start, "DANGER_FOUND", at(-1, "09:00")), "hiddenDanger",
                danger(Map.of("riskMeasureId", measure)))), "hiddenDanger.riskMeasureId");
        assertInvalid(operator.post(PATH, with(record(start, "DANGER_FOUND", at(-1, "09:00")), "hiddenDanger",
                danger(Map.of("dangerName", " ")))), "hiddenDanger.dangerName");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "photos",
                List.of(UUID.randomUUID()))), "photos[0]");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "location",
                Map.of("latitude", 37.5))), "location.longitude");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "location",
                Map.of("latitude", 91, "longitude", 121))), "location.latitude");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "location", Map.of())),
                "location");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "checkTaskId",
                UUID.randomUUID())), "checkTaskId");
        assertInvalid(operator.post(PATH, with(record(start, "NORMAL", at(-1, "09:00")), "checkStatus", "CHECKED")),
                "checkStatus");
        Map<String, Object> withoutClient = record(start, "NORMAL", at(-1, "09:00"));
        withoutClient.remove("clientId");
        assertInvalid(operator.post(PATH, withoutClient), "clientId");
        assertThat(manager.get(PATH + "?from=yesterday").status()).isEqualTo(400);
        assertThat(manager.get(PATH + "/not-a-uuid").status()).isEqualTo(400);
        assertThat(manager.get("/api/v1/inspection-occurrences/missed?from=" + day(-40) + "&to=" + day(0)).status())
                .isEqualTo(400);

        assertThat(manager.get(PATH + "?checkTaskId=" + task).json().path("totalElements").asInt()).isZero();
        assertThat(manager.get("/api/v1/inspection-tasks/" + task + "/occurrences?from=" + day(-1) + "&to=" + day(0))
                .json().get(0).path("state").asString()).isEqualTo("MISSED");
    }

    @Test
    void anotherEnterpriseSeesNothingAndCannotRecordOrAssign() {
        String id = created(operator.post(PATH, record(day(-2), "NORMAL", at(-2, "10:15"))));
        UUID other = TestEnterprises.register(directory, registry, "排查记录他企");
        String strangerName = user("ir-x-", "SAFETY_MANAGER", other);
        ApiClient stranger = login(strangerName);
        assertThat(stranger.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(stranger.get(PATH).json().path("totalElements").asInt()).isZero();
        assertThat(stranger.get("/api/v1/inspection-occurrences/missed").json().size()).isZero();
        assertInvalid(stranger.post(PATH, record(day(-1), "NORMAL", at(-1, "10:15"))), "checkTaskId");

        UUID strangerId = UUID.fromString(stranger.get("/api/v1/auth/me").json().path("id").asString());
        assertInvalid(manager.post("/api/v1/control-measures/" + measure + "/tasks", task(strangerId)), "assigneeId");
        assertInvalid(manager.put("/api/v1/inspection-tasks/" + task, task(UUID.randomUUID())), "assigneeId");
    }

    @Test
    void theCalendarListsEveryOccurrenceOfTheScopeWithItsState() {
        assertThat(operator.post(PATH, record(day(-2), "NORMAL", at(-2, "10:15"))).status()).isEqualTo(201);
        String calendar = "/api/v1/inspection-occurrences?from=" + day(-3) + "&to=" + day(2);
        JsonNode month = manager.get(calendar).json();
        assertThat(month.valueStream().map(round -> round.path("occurrence").path("state").asString()).toList())
                .containsExactly("MISSED", "DONE", "MISSED", "DUE", "UPCOMING");
        assertThat(month.get(1).path("troubleshootContent").asString()).isEqualTo("检查液氨储罐液位、压力及紧急切断阀状态");
        assertThat(manager.get(calendar + "&state=DONE").json()).hasSize(1);
        assertThat(manager.get(calendar + "&enterpriseId=" + enterprise).json()).hasSize(5);
        ApiClient stranger = login(user("ir-c-", "SAFETY_MANAGER",
                TestEnterprises.register(directory, registry, "日历他企")));
        assertThat(stranger.get(calendar).json()).isEmpty();
        assertInvalid(manager.get("/api/v1/inspection-occurrences?from=" + day(-40) + "&to=" + day(0)), "to");
        assertInvalid(manager.get("/api/v1/inspection-occurrences?from=" + day(0)), "to");
        assertThat(manager.get(calendar + "&state=LATE").status()).isEqualTo(400);
    }

    private Map<String, Object> task(UUID assignee) {
        return new HashMap<>(Map.of("troubleshootContent", "检查液氨储罐液位、压力及紧急切断阀状态", "checkCycle", 1,
                "checkCycleUnit", "DAY", "taskStartTime", today.minusDays(3) + "T00:00:00", "workDayType",
                "EVERY_DAY", "workType", 0, "assigneeId", assignee));
    }

    private Map<String, Object> record(String windowStart, String status, String checkTime) {
        return new HashMap<>(Map.of("clientId", UUID.randomUUID(), "checkTaskId", task, "windowStart", windowStart,
                "checkStatus", status, "checkTime", checkTime, "comment", "现场巡检",
                "location", Map.of("latitude", 37.5312, "longitude", 121.3917, "x", 120.5, "y", -35.25)));
    }

    private static Map<String, Object> danger(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("dangerName", "液氨储罐紧急切断阀无法关闭", "dangerSrc", 1,
                "hazardDangerType", 7, "dangerDesc", "巡检时试动作，阀门卡涩"));
        body.putAll(extra);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    /** The start of day {@code offset} from today, plant time (the window of the daily task that day). */
    private String day(int offset) {
        return today.plusDays(offset).atStartOfDay(PLANT).toInstant().toString();
    }

    private String at(int offset, String time) {
        return today.plusDays(offset).atTime(java.time.LocalTime.parse(time)).atZone(PLANT).toInstant().toString();
    }

    private String user(String prefix, String role, UUID enterpriseId) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser(username, "用户" + username, null, ApiClient.DEMO_PASSWORD, Set.of(role),
                DataScope.enterprise(enterpriseId)));
        return username;
    }

    private ApiClient login(String username) {
        return ApiClient.loggedIn(port, username);
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).contains(field);
    }
}
