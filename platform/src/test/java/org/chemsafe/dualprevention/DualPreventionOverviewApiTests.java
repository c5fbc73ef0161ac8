package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The supervisor's overview over real HTTP: a town supervisor sees each enterprise of the town with the score
 * /effectiveness gives, its task completion and its open, overdue and overdue major hidden dangers, the lowest score
 * first; an enterprise sees only itself; a region outside the scope is a 404, a bad period a 400.
 */
@PlatformTest
class DualPreventionOverviewApiTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");
    static final String TOWN = "990000042";
    static final String PATH = "/api/v1/dual-prevention/overview";

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

    @Test
    void aSupervisorSeesEachEnterpriseOfTheTownWorstFirst() {
        UUID careful = TestEnterprises.registerIn(directory, registry, TOWN, "总览测试镇", "双控良好");
        UUID lagging = TestEnterprises.registerIn(directory, registry, TOWN, "总览测试镇", "双控滞后");
        LocalDate today = LocalDate.now(PLANT);
        ApiClient good = user("ov-a-", "SAFETY_MANAGER", DataScope.enterprise(careful));
        ApiClient poor = user("ov-b-", "SAFETY_MANAGER", DataScope.enterprise(lagging));
        // both have a daily task since 4 days ago; the careful one checked every closed day, the lagging one none
        String goodTask = dailyTask(good, today.minusDays(4));
        dailyTask(poor, today.minusDays(4));
        for (int day = 4; day >= 1; day--) {
            Response recorded = good.post("/api/v1/inspection-records", Map.of("clientId", UUID.randomUUID(),
                    "checkTaskId", goodTask, "windowStart", start(today.minusDays(day)), "checkStatus", "NORMAL",
                    "checkTime", start(today.minusDays(day)).replace("T16:00:00Z", "T20:00:00Z")));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        // the lagging one has a 重大 hidden danger being rectified past its deadline
        String major = created(poor.post("/api/v1/hidden-dangers", Map.of("dangerName", "液氯罐区无泄漏检测",
                "dangerSrc", 1, "hazardDangerType", 1, "dangerDesc", "罐区未设有毒气体检测报警")));
        poor.post("/api/v1/hidden-dangers/" + major + "/confirm", Map.of("dangerLevel", "MAJOR"));
        Response ordered = poor.post("/api/v1/hidden-dangers/" + major + "/order", Map.of("dangerManageType",
                "BY_DEADLINE", "dangerManageDeadline", today.plusDays(5).toString(), "liablePerson", "王五",
                "controlMeasures", "增设检测报警", "cost", 3, "contingencyPlan", "泄漏应急处置方案"));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(200);
        jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id")
                .param("day", today.minusDays(2)).param("id", UUID.fromString(major)).update();

        ApiClient supervisor = user("ov-s-", "REGION_SUPERVISOR", DataScope.region(TOWN));
        String period = "?from=" + today.minusDays(6) + "&to=" + today;
        Response answered = supervisor.get(PATH + period);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonNode overview = answered.json();
        assertThat(overview.valueStream().map(row -> row.path("enterpriseId").asString()).toList())
                .containsExactly(lagging.toString(), careful.toString());
        JsonNode worst = overview.get(0);
        assertThat(worst.path("regionName").asString()).isEqualTo("总览测试镇");
        assertThat(worst.path("planned").asInt()).isEqualTo(4);
        assertThat(worst.path("completed").asInt()).isZero();
        assertThat(worst.path("completionRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(worst.path("dangers").path("open").asInt()).isEqualTo(1);
        assertThat(worst.path("dangers").path("majorOverdue").asInt()).isEqualTo(1);
        assertThat(worst.path("vetoes").valueStream().map(JsonNode::asString).toList()).contains("MAJOR_OVERDUE");
        assertThat(worst.path("score").decimalValue()).isEqualByComparingTo("0");
        JsonNode best = overview.get(1);
        assertThat(best.path("completionRate").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(best.path("dangers").path("open").asInt()).isZero();
        // the same score as the enterprise's own effectiveness page
        JsonNode own = good.get("/api/v1/dual-prevention/effectiveness" + period).json();
        assertThat(best.path("score").decimalValue()).isEqualByComparingTo(own.path("score").decimalValue());
        assertThat(best.path("grade").asString()).isEqualTo(own.path("grade").asString());

        // an enterprise sees itself only; a region outside the scope is not found; a bad period is refused
        assertThat(good.get(PATH + period).json().valueStream().map(row -> row.path("enterpriseId").asString())
                .toList()).containsExactly(careful.toString());
        assertThat(supervisor.get(PATH + period + "&regionCode=" + TOWN).json()).hasSize(2);
        assertThat(supervisor.get(PATH + period + "&regionCode=370406").status()).isEqualTo(404);
        assertThat(supervisor.get(PATH + "?from=" + today + "&to=" + today.minusDays(1)).status()).isEqualTo(400);
        assertThat(supervisor.get(PATH + "?from=" + today).status()).isEqualTo(400);
    }

    private static String dailyTask(ApiClient manager, LocalDate start) {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "储罐")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events", Map.of("riskEventName", "泄漏")));
        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures",
                RiskRegisterApiTests.MEASURE));
        return created(manager.post("/api/v1/control-measures/" + measure + "/tasks", Map.of("troubleshootContent",
                "巡检储罐", "checkCycle", 1, "checkCycleUnit", "DAY", "taskStartTime", start + "T00:00:00",
                "workDayType", "EVERY_DAY", "workType", 0)));
    }

    /** The start of the plant's day (its daily window). */
    private static String start(LocalDate day) {
        return day.atStartOfDay(PLANT).toInstant().toString();
    }

    private ApiClient user(String prefix, String role, DataScope scope) {
        return ApiClient.loggedIn(port, TestUsers.provisioned(users, prefix, role, scope));
    }

}
