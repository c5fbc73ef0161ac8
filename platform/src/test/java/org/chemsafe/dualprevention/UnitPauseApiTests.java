package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Units stopped (停用) or under overhaul (检修) pause their inspection tasks, over real HTTP: a risk analysis unit names
 * its production unit; while that unit is stopped, an occurrence whose window meets the stop is PAUSED, neither due
 * nor missed (未排查), absent from the missed list and from the caller's rounds to do; days before the stop stay
 * missed, and after the restart the next days are due again. A foreign or unknown unit is a 400 naming it.
 */
@PlatformTest
class UnitPauseApiTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoppedUnitPausesItsTasksUntilItRunsAgain() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        ApiClient operator = ApiClient.loggedIn(port, TestUsers.newColleague(manager, "OPERATOR"));
        String operatorId = operator.get("/api/v1/auth/me").json().path("id").asString();
        String hazardUnit = created(manager.post("/api/v1/units", unit("PRODUCTION_UNIT", "PU-NH3-01", "合成氨装置")));
        LocalDate today = LocalDate.now(PLANT);
        String task = dailyTask(manager, hazardUnit, today.minusDays(3), operatorId);
        String range = "?from=" + day(today, -3) + "&to=" + day(today, 2);
        assertThat(states(manager, task, range)).containsExactly("MISSED", "MISSED", "MISSED", "DUE", "UPCOMING");

        Response overhaul = manager.post("/api/v1/units/" + hazardUnit + "/status",
                Map.of("status", "OVERHAUL", "reason", "年度大修"));
        assertThat(overhaul.status()).as(overhaul.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(states(manager, task, range))
                .containsExactly("MISSED", "MISSED", "MISSED", "PAUSED", "PAUSED"));
        JsonNode paused = manager.get("/api/v1/inspection-tasks/" + task + "/occurrences" + range).json().get(3);
        assertThat(paused.path("checkStatus").isNull()).isTrue();
        assertThat(operator.get("/api/v1/inspection-rounds/today").json().get(0).path("occurrence").path("state")
                .asString()).isEqualTo("PAUSED");
        JsonNode missed = manager.get("/api/v1/inspection-occurrences/missed?from=" + day(today, -3) + "&to="
                + day(today, 1)).json();
        assertThat(missed.valueStream().map(round -> round.path("occurrence").path("state").asString()).toList())
                .containsExactly("MISSED", "MISSED", "MISSED");

        // the overhaul ends: today met it and stays paused, tomorrow is upcoming again
        manager.post("/api/v1/units/" + hazardUnit + "/status", Map.of("status", "RUNNING", "reason", "大修结束"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(states(manager, task, range))
                .containsExactly("MISSED", "MISSED", "MISSED", "PAUSED", "UPCOMING"));
    }

    @Test
    void anOverhaulOfDaysPastLeavesItsOccurrencesOutOfTheEffectivenessScore() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        String hazardUnit = created(manager.post("/api/v1/units", unit("PRODUCTION_UNIT", "PU-CL-02", "氯化装置")));
        LocalDate today = LocalDate.now(PLANT);
        String task = dailyTask(manager, hazardUnit, today.minusDays(4), null);
        String range = "?from=" + day(today, -4) + "&to=" + day(today, 0);
        assertThat(states(manager, task, range)).containsExactly("MISSED", "MISSED", "MISSED", "MISSED");
        assertThat(planned(manager, today)).isEqualTo(4);

        // the status changes as the enterprise module announced them two days ago: overhaul from day -3 at 14:00
        // to day -2 at 10:00 (a sequence above any the database gives)
        UUID unitId = UUID.fromString(hazardUnit);
        UUID enterpriseId = UUID.fromString(manager.get("/api/v1/units/" + hazardUnit).json().path("enterpriseId")
                .asString());
        long sequence = Long.MAX_VALUE - Math.abs(unitId.getLeastSignificantBits() % 1_000_000) * 2;
        statusChange(sequence, unitId, enterpriseId, "OVERHAUL", true, today.minusDays(3).atTime(14, 0));
        statusChange(sequence + 1, unitId, enterpriseId, "RUNNING", false, today.minusDays(2).atTime(10, 0));

        // days -3 and -2 met the overhaul; days -4 and -1 did not
        assertThat(states(manager, task, range)).containsExactly("MISSED", "PAUSED", "PAUSED", "MISSED");
        assertThat(planned(manager, today)).isEqualTo(2);
    }

    @Test
    void aRiskUnitNamesOnlyAUnitOfItsOwnEnterprise() {
        ApiClient manager = TestEnterprise.register(port).safetyManager(port);
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        String foreign = created(other.post("/api/v1/units", unit("PRODUCTION_UNIT", "PU-X-01", "他企装置")));
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "罐区")));
        for (Object hazardUnit : List.of(foreign, java.util.UUID.randomUUID())) {
            Response refused = manager.post("/api/v1/risk-objects/" + object + "/units",
                    Map.of("riskUnitName", "储罐", "hazardUnitId", hazardUnit));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("hazardUnitId");
        }
        assertThat(manager.post("/api/v1/risk-objects/" + object + "/units", Map.of("riskUnitName", "储罐",
                "hazardUnitId", "not-an-id")).status()).isEqualTo(400);
    }

    private String dailyTask(ApiClient manager, String hazardUnit, LocalDate start, String assignee) {
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "装置区")));
        String riskUnit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "反应釜", "hazardUnitId", hazardUnit)));
        assertThat(manager.get("/api/v1/risk-units/" + riskUnit).json().path("hazardUnitId").asString())
                .isEqualTo(hazardUnit);
        String event = created(manager.post("/api/v1/risk-units/" + riskUnit + "/events",
                Map.of("riskEventName", "反应失控")));
        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures", RiskRegisterApiTests.MEASURE));
        Map<String, Object> task = new java.util.HashMap<>(Map.of("troubleshootContent", "检查反应釜温度及联锁",
                "checkCycle", 1, "checkCycleUnit", "DAY", "taskStartTime", start + "T00:00:00", "workDayType",
                "EVERY_DAY", "workType", 0));
        if (assignee != null) {
            task.put("assigneeId", assignee);
        }
        return created(manager.post("/api/v1/control-measures/" + measure + "/tasks", task));
    }

    private void statusChange(long sequence, UUID unit, UUID enterprise, String status, boolean stopped,
            LocalDateTime at) {
        jdbc.sql("""
                insert into dual_prevention_unit_status
                    (sequence, unit_id, enterprise_id, status, stopped, reason, changed_at)
                values (:sequence, :unit, :enterprise, :status, :stopped, null, :at)""")
                .param("sequence", sequence).param("unit", unit).param("enterprise", enterprise)
                .param("status", status).param("stopped", stopped)
                .param("at", java.sql.Timestamp.from(at.atZone(PLANT).toInstant())).update();
    }

    /** The occurrences planned in the effectiveness score of the last four days (those closed, not paused). */
    private static int planned(ApiClient manager, LocalDate today) {
        Response score = manager.get("/api/v1/dual-prevention/effectiveness?from=" + today.minusDays(4) + "&to="
                + today);
        assertThat(score.status()).as(score.body()).isEqualTo(200);
        return score.json().path("tasks").path("planned").asInt();
    }

    private static List<String> states(ApiClient client, String task, String range) {
        return client.get("/api/v1/inspection-tasks/" + task + "/occurrences" + range).json().valueStream()
                .map(occurrence -> occurrence.path("state").asString()).toList();
    }

    private static String day(LocalDate today, int offset) {
        return today.plusDays(offset).atStartOfDay(PLANT).toInstant().toString();
    }
}
