package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A task given to a post (a role of the enterprise) instead of a person: every holder of the role finds it in their
 * rounds, others do not; the choices offered are the enterprise's enabled users and its roles, never the
 * government's or the platform's; a person and a post at once, or an unknown post, is a 400 naming assigneeRole.
 */
@PlatformTest
class TaskAssigneeApiTests {

    @LocalServerPort
    int port;

    @Test
    void everyHolderOfThePostDoesItsRounds() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        ApiClient operator = enterprise.newUser(port, "OPERATOR");
        ApiClient secondOperator = enterprise.newUser(port, "OPERATOR");
        ApiClient shiftLeader = enterprise.newUser(port, "SHIFT_LEADER");

        JsonNode choices = manager.get("/api/v1/inspection-tasks/assignees").json();
        assertThat(choices.path("people").valueStream().map(person -> person.path("username").asString()).toList())
                .contains(username(operator), username(secondOperator), username(shiftLeader));
        assertThat(choices.path("posts").valueStream().map(JsonNode::asString).toList())
                .contains("OPERATOR", "SHIFT_LEADER", "SAFETY_MANAGER").doesNotContain("PLATFORM_ADMIN",
                        "REGION_SUPERVISOR");
        ApiClient stranger = TestEnterprise.register(port).safetyManager(port);
        assertThat(stranger.get("/api/v1/inspection-tasks/assignees?enterpriseId=" + enterprise.id()).status())
                .isEqualTo(403);

        String measure = measure(manager);
        Map<String, Object> task = task("OPERATOR");
        String id = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task));
        assertThat(manager.get("/api/v1/inspection-tasks/" + id).json().path("assigneeRole").asString())
                .isEqualTo("OPERATOR");
        assertThat(rounds(operator)).containsExactly("巡检罐区（操作岗）");
        assertThat(rounds(secondOperator)).containsExactly("巡检罐区（操作岗）");
        assertThat(rounds(shiftLeader)).isEmpty();

        Map<String, Object> both = task("OPERATOR");
        both.put("assigneeId", manager.get("/api/v1/auth/me").json().path("id").asString());
        for (Map<String, Object> bad : List.of(both, task("PLATFORM_ADMIN"), task("NO_SUCH_POST"))) {
            Response refused = manager.post("/api/v1/control-measures/" + measure + "/tasks", bad);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("assigneeRole");
        }
    }

    private static List<String> rounds(ApiClient user) {
        return user.get("/api/v1/inspection-rounds/today").json().valueStream()
                .map(round -> round.path("troubleshootContent").asString()).toList();
    }

    private static String username(ApiClient user) {
        return user.get("/api/v1/auth/me").json().path("username").asString();
    }

    private static Map<String, Object> task(String post) {
        return new HashMap<>(Map.of("troubleshootContent", "巡检罐区（操作岗）", "checkCycle", 1, "checkCycleUnit", "DAY",
                "taskStartTime", LocalDate.now(ZoneId.of("Asia/Shanghai")) + "T00:00:00", "workDayType",
                "EVERY_DAY", "workType", 0, "assigneeRole", post));
    }

    private static String measure(ApiClient manager) {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units", Map.of("riskUnitName", "储罐")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events", Map.of("riskEventName", "泄漏")));
        return created(manager.post("/api/v1/risk-events/" + event + "/measures", RiskRegisterApiTests.MEASURE));
    }
}
