package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The risk register over real HTTP in an enterprise of the test's own: the national chain object → unit → event
 * (assessed and re-assessed) → measure → task, the task's occurrences, and every bad input a 400 naming its field.
 */
@PlatformTest
class RiskRegisterApiTests {

    static final Map<String, Object> MEASURE = Map.of("dataSrc", 2, "riskMeasureDesc", "液位高高联锁切断进料",
            "classify1", "1", "classify2", "1-4", "classify3", "联锁", "troubleshootContent", "检查联锁投用");

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    ApiClient manager;
    ApiClient operator;
    UUID enterprise;

    @BeforeEach
    void enterpriseOfItsOwn() {
        enterprise = TestEnterprises.register(directory, registry, "双重预防测试");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser("dp-sm-" + suffix, "安全管理员" + suffix, null, ApiClient.DEMO_PASSWORD,
                Set.of("SAFETY_MANAGER"), DataScope.enterprise(enterprise)));
        users.provision(new NewUser("dp-op-" + suffix, "操作员" + suffix, null, ApiClient.DEMO_PASSWORD,
                Set.of("OPERATOR"), DataScope.enterprise(enterprise)));
        manager = ApiClient.loggedIn(port, "dp-sm-" + suffix);
        operator = ApiClient.loggedIn(port, "dp-op-" + suffix);
    }

    @Test
    void buildsTheNationalChainAndKeepsTheAssessmentHistory() {
        JsonNode object = manager.post("/api/v1/risk-objects", Map.of("hazardCode", "370600001", "name", "液氯罐区"))
                .json();
        assertThat(object.path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(object.path("hazardCode").asString()).isEqualTo("370600001");
        String objectId = object.path("id").asString();
        String unit = created(manager.post("/api/v1/risk-objects/" + objectId + "/units",
                Map.of("riskUnitName", "液氯储罐 V-101", "hazardDep", "储运车间", "hazardLiablePerson", "张三")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "液氯泄漏中毒")));
        assertThat(manager.get("/api/v1/risk-events/" + event).json().path("riskLevel").isNull()).isTrue();

        Response first = manager.post("/api/v1/risk-events/" + event + "/assessments",
                Map.of("method", "LEC", "l", 3, "e", 6, "c", 7));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("riskLevel").asString()).isEqualTo("MEDIUM");
        assertThat(first.json().path("factors").path("e").decimalValue()).isEqualByComparingTo("6");
        manager.post("/api/v1/risk-events/" + event + "/assessments", Map.of("method", "LS", "l", 5, "s", 5));

        JsonNode current = manager.get("/api/v1/risk-events/" + event).json();
        assertThat(current.path("riskLevel").asString()).isEqualTo("MAJOR");
        assertThat(current.path("colour").asString()).isEqualTo("RED");
        assertThat(current.path("score").decimalValue()).isEqualByComparingTo("25");
        JsonNode history = manager.get("/api/v1/risk-events/" + event + "/assessments").json();
        assertThat(history.valueStream().map(entry -> entry.path("method").asString())).containsExactly("LS", "LEC");
        assertThat(history.path(1).path("score").decimalValue()).isEqualByComparingTo("126");
        assertThat(history.path(0).path("controlLevels").path(0).asString()).isEqualTo("COMPANY");

        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures", MEASURE));
        Map<String, Object> task = task("DAY", "WORKING_DAYS", 0, null);
        String taskId = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task));
        JsonNode stored = manager.get("/api/v1/inspection-tasks/" + taskId).json();
        assertThat(stored.path("taskStartTime").asString()).startsWith("2026-09-01T08:00");
        assertThat(stored.path("workDayType").asString()).isEqualTo("WORKING_DAYS");
        assertThat(stored.path("riskMeasureId").asString()).isEqualTo(measure);

        assertThat(operator.get("/api/v1/risk-objects/" + objectId + "/units").json().path(0).path("hazardDep")
                .asString()).isEqualTo("储运车间");
        assertThat(operator.get("/api/v1/risk-units/" + unit + "/events").json().path(0).path("riskLevel").asString())
                .isEqualTo("MAJOR");
        assertThat(operator.get("/api/v1/risk-events/" + event + "/measures").json().path(0).path("classify2")
                .asString()).isEqualTo("1-4");
        assertThat(operator.get("/api/v1/control-measures/" + measure + "/tasks").json().size()).isEqualTo(1);
        JsonNode listed = operator.get("/api/v1/risk-objects?enterpriseId=" + enterprise).json();
        assertThat(listed.path("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void listsATasksOccurrencesAcrossNationalDay() {
        String taskId = newTask(task("DAY", "WORKING_DAYS", 0, null));
        Response response = operator.get("/api/v1/inspection-tasks/" + taskId
                + "/occurrences?from=2026-09-29T00:00:00%2B08:00&to=2026-10-11T00:00:00%2B08:00");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().valueStream().map(window -> window.path("workDay").asString())).containsExactly(
                "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10");
        assertThat(response.json().path(0).path("start").asString()).startsWith("2026-09-29T08:00");
        assertThat(response.json().path(0).path("end").asString()).startsWith("2026-09-30T08:00");

        JsonNode upcoming = operator.get("/api/v1/inspection-tasks/" + taskId + "/occurrences").json();
        assertThat(upcoming.size()).isBetween(1, 9);
    }

    @Test
    void aRangeOfOccurrencesIsCheckedAndNamed() {
        String path = "/api/v1/inspection-tasks/" + newTask(task("DAY", "EVERY_DAY", 0, null)) + "/occurrences";
        assertInvalid(operator.get(path + "?from=2026-10-01T00:00:00Z"), "to");
        assertInvalid(operator.get(path + "?to=2026-10-01T00:00:00Z"), "from");
        assertInvalid(operator.get(path + "?from=2026-10-01T00:00:00Z&to=2026-10-01T00:00:00Z"), "to");
        assertInvalid(operator.get(path + "?from=2026-01-01T00:00:00Z&to=2027-01-03T00:00:00Z"), "to");
        assertInvalid(operator.get(path + "?from=yesterday&to=2026-10-01T00:00:00Z"), "from");
        // the task starts on 1 September 2026 at 08:00 (00:00 UTC): one occurrence a day for the 366 days
        assertThat(operator.get(path + "?from=2026-09-01T00:00:00Z&to=2027-09-02T00:00:00Z").json().size())
                .isEqualTo(366);
    }

    @Test
    void measuresTakeTheNationalCodes() {
        String event = newEvent();
        String path = "/api/v1/risk-events/" + event + "/measures";
        assertInvalid(manager.post(path, with(MEASURE, "classify1", "5")), "classify1");
        assertInvalid(manager.post(path, with(MEASURE, "classify2", "2-1")), "classify2");
        assertInvalid(manager.post(path, with(MEASURE, "dataSrc", 3)), "dataSrc");
        assertInvalid(manager.post(path, with(MEASURE, "riskMeasureDesc", " ")), "riskMeasureDesc");
        assertThat(manager.post(path, with(MEASURE, "classify2", "3-4")).status()).isEqualTo(400);
        assertThat(manager.post(path, with(with(MEASURE, "classify1", "3"), "classify2", "3-4")).status())
                .isEqualTo(201);
    }

    @Test
    void tasksFollowTheNationalCycleRules() {
        String measure = created(manager.post("/api/v1/risk-events/" + newEvent() + "/measures", MEASURE));
        String path = "/api/v1/control-measures/" + measure + "/tasks";
        Response hourly = manager.post(path, task("HOUR", "EVERY_DAY", 0, null));
        assertThat(hourly.status()).isEqualTo(400);
        assertThat(hourly.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactly("workEndTime", "workStartTime");
        Map<String, Object> withWindow = with(with(task("HOUR", "EVERY_DAY", 0, null), "workStartTime", "08:00"),
                "workEndTime", "17:00");
        assertThat(manager.post(path, withWindow).status()).isEqualTo(201);

        assertInvalid(manager.post(path, task("DAY", "EVERY_DAY", 1, null)), "taskNum");
        assertInvalid(manager.post(path, task("DAY", "EVERY_DAY", 1, 10)), "taskNum");
        assertInvalid(manager.post(path, task("DAY", "EVERY_DAY", 3, 11)), "taskNum");
        assertInvalid(manager.post(path, task("DAY", "EVERY_DAY", 0, 1)), "taskNum");
        assertThat(manager.post(path, task("DAY", "EVERY_DAY", 3, 10)).status()).isEqualTo(201);
        assertThat(manager.post(path, task("DAY", "EVERY_DAY", 1, 9)).status()).isEqualTo(201);
        assertInvalid(manager.post(path, task("WEEK", "EVERY_DAY", 0, null)), "checkCycleUnit");
        assertInvalid(manager.post(path, task("DAY", "SOMETIMES", 0, null)), "workDayType");
        assertInvalid(manager.post(path, with(task("DAY", "EVERY_DAY", 0, null), "checkCycle", 0)), "checkCycle");
        assertInvalid(manager.post(path, with(task("DAY", "EVERY_DAY", 0, null), "workType", 4)), "workType");
        assertInvalid(manager.post(path, with(task("DAY", "EVERY_DAY", 0, null), "taskStartTime", "soon")),
                "taskStartTime");
    }

    @Test
    void aBadAssessmentNamesTheFactorAndStoresNothing() {
        String event = newEvent();
        assertInvalid(manager.post("/api/v1/risk-events/" + event + "/assessments",
                Map.of("method", "MES", "m", 4, "e", 6, "s", 8)), "m");
        assertThat(manager.get("/api/v1/risk-events/" + event + "/assessments").json().size()).isZero();
    }

    @Test
    void updatesAndDeletesChildrenFirst() {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "反应釜")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "氯化反应单元")));
        Response renamed = manager.put("/api/v1/risk-units/" + unit, Map.of("riskUnitName", "氯化反应单元（改）"));
        assertThat(renamed.json().path("riskUnitName").asString()).isEqualTo("氯化反应单元（改）");
        assertThat(renamed.json().path("hazardDep").isNull()).isTrue();

        Response refused = manager.delete("/api/v1/risk-objects/" + object);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(manager.delete("/api/v1/risk-units/" + unit).status()).isEqualTo(204);
        assertThat(manager.delete("/api/v1/risk-objects/" + object).status()).isEqualTo(204);
        assertThat(manager.get("/api/v1/risk-objects/" + object).status()).isEqualTo(404);
    }

    @Test
    void readersMayNotWriteAndThePlatformNamesTheEnterprise() {
        assertThat(operator.post("/api/v1/risk-objects", Map.of("name", "无权")).status()).isEqualTo(403);
        Response unnamed = ApiClient.loggedIn(port, "platform").post("/api/v1/risk-objects", Map.of("name", "无主"));
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(422);
        Response named = ApiClient.loggedIn(port, "platform").post("/api/v1/risk-objects",
                Map.of("name", "平台代建", "enterpriseId", enterprise));
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.json().path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertInvalid(manager.post("/api/v1/risk-objects", Map.of("name", "")), "name");
        assertInvalid(manager.post("/api/v1/risk-objects", Map.of("name", "x", "hazardCode", "a".repeat(65))),
                "hazardCode");
    }

    private String newEvent() {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "对象")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units", Map.of("riskUnitName", "单元")));
        return created(manager.post("/api/v1/risk-units/" + unit + "/events", Map.of("riskEventName", "事件")));
    }

    private String newTask(Map<String, Object> task) {
        String measure = created(manager.post("/api/v1/risk-events/" + newEvent() + "/measures", MEASURE));
        return created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task));
    }

    private static Map<String, Object> task(String unit, String workDayType, int workType, Integer taskNum) {
        Map<String, Object> task = new HashMap<>(Map.of("troubleshootContent", "检查液位联锁", "checkCycle", 1,
                "checkCycleUnit", unit, "taskStartTime", "2026-09-01T08:00:00", "workDayType", workDayType,
                "workType", workType));
        if (taskNum != null) {
            task.put("taskNum", taskNum);
        }
        return task;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).containsExactly(field);
    }
}
