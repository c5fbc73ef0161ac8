package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The effectiveness score over real HTTP for the last ten days of an enterprise of the test's own, counted from its
 * records and hidden dangers (their report and acceptance times moved into the period in the database, since the API
 * stamps them now), then the veto of an overdue 重大 hidden danger, and bad periods and foreign enterprises.
 */
@PlatformTest
class EffectivenessApiTests {

    static final String PATH = "/api/v1/dual-prevention/effectiveness";
    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    @Autowired
    JdbcClient jdbc;

    UUID enterprise;
    ApiClient manager;
    LocalDate today;
    String period;

    @BeforeEach
    void tenDaysOfRounds() {
        enterprise = TestEnterprises.register(directory, registry, "运行效果测试");
        manager = user("ef-sm-", "SAFETY_MANAGER", enterprise);
        today = LocalDate.now(PLANT);
        period = "from=" + today.minusDays(10) + "&to=" + today.minusDays(1);
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "氯乙烯装置")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "聚合釜 R-101")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "超温超压爆炸")));
        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures",
                RiskRegisterApiTests.MEASURE));
        String routine = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task(0, null)));
        String accountable = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task(1, 1)));
        // 10 days × 2 daily tasks = 20 occurrences: the routine one done on 8 days, the 包保 one on 9
        for (int day = 10; day >= 1; day--) {
            if (day != 3 && day != 7) {
                record(routine, day);
            }
            if (day != 5) {
                record(accountable, day);
            }
        }
    }

    @Test
    void aScoreCountedFromTheRecordsWithEveryInput() {
        String fixed = dangerOrdered("法兰垫片渗漏", "GENERAL", Map.of("dangerManageType", "IMMEDIATE"));
        manager.post("/api/v1/hidden-dangers/" + fixed + "/rectify", Map.of("dangerAcceptImg",
                java.util.List.of(TestPhotos.uploaded(manager))));
        manager.post("/api/v1/hidden-dangers/" + fixed + "/accept", Map.of("checkAcceptComment", "合格"));
        String late = dangerOrdered("安全阀校验过期", "GENERAL", Map.of("dangerManageType", "BY_DEADLINE",
                "dangerManageDeadline", today.toString()));
        moveIntoThePeriod(fixed, 5);
        moveIntoThePeriod(late, 4);
        jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id")
                .param("day", today.minusDays(2)).param("id", UUID.fromString(late)).update();

        // A = 17 / 20 × 50 = 42.5 − 1 包保 occurrence not done × 2 = 40.5
        // B = 1 accepted / 2 due × 50 = 25; 2 reported ≥ ⌈10 / 30⌉ = 1 → 25
        // E = (40.5 + 25) × 1 = 65.5 → 中
        JsonNode score = manager.get(PATH + "?" + period).json();
        assertThat(score.path("enterpriseId").asString()).isEqualTo(enterprise.toString());
        assertThat(score.path("tasks").path("planned").asInt()).isEqualTo(20);
        assertThat(score.path("tasks").path("completed").asInt()).isEqualTo(17);
        assertThat(score.path("tasks").path("accountableMissed").asInt()).isEqualTo(1);
        assertThat(score.path("tasks").path("score").decimalValue()).isEqualByComparingTo("40.5");
        assertThat(score.path("dangers").path("due").asInt()).isEqualTo(2);
        assertThat(score.path("dangers").path("accepted").asInt()).isEqualTo(1);
        assertThat(score.path("dangers").path("reported").asInt()).isEqualTo(2);
        assertThat(score.path("dangers").path("score").decimalValue()).isEqualByComparingTo("25");
        assertThat(score.path("alpha").asInt()).isEqualTo(1);
        assertThat(score.path("score").decimalValue()).isEqualByComparingTo("65.5");
        assertThat(score.path("grade").asString()).isEqualTo("FAIR");
        assertThat(score.path("model").path("taskWeight").decimalValue()).isEqualByComparingTo("50");

        // a 重大 hidden danger whose deadline lay in the period is still being rectified: α = 0
        String major = dangerOrdered("液氯储罐无独立 SIS", "MAJOR", HiddenDangerApiTests.MAJOR_PLAN);
        jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id")
                .param("day", today.minusDays(3)).param("id", UUID.fromString(major)).update();
        JsonNode vetoed = manager.get(PATH + "?" + period).json();
        assertThat(vetoed.path("vetoes").get(0).asString()).isEqualTo("MAJOR_OVERDUE");
        assertThat(vetoed.path("alpha").asInt()).isZero();
        assertThat(vetoed.path("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(vetoed.path("dangers").path("due").asInt()).isEqualTo(3);
    }

    @Test
    void platformUsersNameTheEnterpriseAndOthersCannot() {
        ApiClient platform = ApiClient.loggedIn(port, "platform");
        assertInvalid(platform.get(PATH + "?" + period), "enterpriseId");
        JsonNode named = platform.get(PATH + "?" + period + "&enterpriseId=" + enterprise).json();
        assertThat(named.path("tasks").path("completed").asInt()).isEqualTo(17);
        assertThat(platform.get(PATH + "?" + period + "&enterpriseId=" + UUID.randomUUID()).status()).isEqualTo(404);

        ApiClient stranger = user("ef-x-", "SAFETY_MANAGER", TestEnterprises.register(directory, registry, "效果他企"));
        assertThat(stranger.get(PATH + "?" + period + "&enterpriseId=" + enterprise).status()).isEqualTo(404);
        // its own enterprise has no task: the mechanism did not run
        JsonNode own = stranger.get(PATH + "?" + period).json();
        assertThat(own.path("vetoes").get(0).asString()).isEqualTo("NO_TASKS");
        assertThat(own.path("grade").asString()).isEqualTo("POOR");
    }

    @Test
    void badPeriodsAreValidationProblems() {
        assertInvalid(manager.get(PATH + "?from=" + today + "&to=" + today.minusDays(1)), "to");
        assertInvalid(manager.get(PATH + "?from=" + today.minusDays(366) + "&to=" + today), "to");
        assertThat(manager.get(PATH + "?from=" + today.minusDays(365) + "&to=" + today).status()).isEqualTo(200);
        assertThat(manager.get(PATH + "?to=" + today).status()).isEqualTo(400);
        assertThat(manager.get(PATH + "?from=yesterday&to=" + today).status()).isEqualTo(400);
    }

    private void record(String task, int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        Response response = manager.post("/api/v1/inspection-records", Map.of("clientId", UUID.randomUUID(),
                "checkTaskId", task, "windowStart", day.atStartOfDay(PLANT).toInstant().toString(), "checkStatus",
                "NORMAL", "checkTime", day.atTime(LocalTime.of(9, 0)).atZone(PLANT).toInstant().toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private String dangerOrdered(String name, String level, Map<String, Object> order) {
        String id = created(manager.post("/api/v1/hidden-dangers", Map.of("dangerName", name, "dangerSrc", 1,
                "hazardDangerType", 7, "dangerDesc", "巡检发现")));
        manager.post("/api/v1/hidden-dangers/" + id + "/confirm", Map.of("dangerLevel", level));
        Map<String, Object> body = new HashMap<>(Map.of("liablePerson", "王五", "controlMeasures", "更换"));
        body.putAll(order);
        Response ordered = manager.post("/api/v1/hidden-dangers/" + id + "/order", body);
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(200);
        return id;
    }

    /** The API stamps the report (and any acceptance) now; this moves them to {@code daysAgo} days ago. */
    private void moveIntoThePeriod(String id, int daysAgo) {
        jdbc.sql("""
                update hidden_danger set regist_time = regist_time - make_interval(days => :days),
                    check_accept_time = check_accept_time - make_interval(days => :days) where id = :id""")
                .param("days", daysAgo).param("id", UUID.fromString(id)).update();
    }

    private Map<String, Object> task(int workType, Integer taskNum) {
        Map<String, Object> task = new HashMap<>(Map.of("troubleshootContent", "检查聚合釜温度、压力联锁投用情况",
                "checkCycle", 1, "checkCycleUnit", "DAY", "taskStartTime", today.minusDays(10) + "T00:00:00",
                "workDayType", "EVERY_DAY", "workType", workType));
        if (taskNum != null) {
            task.put("taskNum", taskNum);
        }
        return task;
    }

    private ApiClient user(String prefix, String role, UUID enterpriseId) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser(username, "用户" + username, null, ApiClient.DEMO_PASSWORD, Set.of(role),
                DataScope.enterprise(enterpriseId)));
        return ApiClient.loggedIn(port, username);
    }

    private static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .as(response.body()).contains(field);
    }
}
