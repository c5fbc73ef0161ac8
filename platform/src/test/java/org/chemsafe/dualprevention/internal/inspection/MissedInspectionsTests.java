package org.chemsafe.dualprevention.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A daily inspection task whose occurrences closed without a record: the pass tells the alarm centre once per missed
 * occurrence (one alarm of the task counting them, raised and returned at each window's end), nothing for the
 * occurrence done, and nothing again on its next run.
 */
@PlatformTest
class MissedInspectionsTests {

    private static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    MissedInspections missed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachOccurrenceClosedUnrecordedIsToldOnceAsAnAlarmOfItsTask() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        LocalDate today = LocalDate.now(PLANT);
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "液氨罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "液氨储罐 V-201")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "液氨泄漏中毒")));
        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures", Map.of("dataSrc", 2,
                "riskMeasureDesc", "液位高高联锁切断进料", "classify1", "1", "classify2", "1-4", "classify3", "联锁",
                "troubleshootContent", "检查联锁投用")));
        String task = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", Map.of(
                "troubleshootContent", "检查液氨储罐液位、压力及紧急切断阀状态", "checkCycle", 1, "checkCycleUnit", "DAY",
                "taskStartTime", today.minusDays(3) + "T00:00:00", "workDayType", "EVERY_DAY", "workType", 0)));
        assertThat(manager.post("/api/v1/inspection-records", Map.of("clientId", java.util.UUID.randomUUID(),
                "checkTaskId", task, "windowStart", today.minusDays(2) + "T00:00:00+08:00", "checkStatus", "NORMAL",
                "checkTime", today.minusDays(2) + "T10:00:00+08:00")).status()).isEqualTo(201);

        Instant now = Instant.now();
        missed.check(now);
        jdbc.sql("update inspection_missed_watermark set checked_until = :since where id = 1")
                .param("since", Timestamp.from(today.minusDays(3).atStartOfDay(PLANT).toInstant())).update();
        missed.check(now);

        JsonNode page = manager.get("/api/v1/alarms?originatorType=TASK&originatorId=" + task).json();
        assertThat(page.path("totalElements").asInt()).isEqualTo(1);
        JsonNode alarm = page.path("content").get(0);
        assertThat(alarm.path("type").asString()).isEqualTo("MISSED_INSPECTION");
        assertThat(alarm.path("label").asString()).isEqualTo("检查液氨储罐液位、压力及紧急切断阀状态");
        assertThat(alarm.path("occurrences").asInt()).as("the days before yesterday and yesterday; not the one done")
                .isEqualTo(2);
        assertThat(alarm.path("active").asBoolean()).as("an event: raised and returned").isFalse();
        assertThat(alarm.path("severity").asString()).isEqualTo("MINOR");
        assertThat(alarm.path("lastSeenAt").asString()).isEqualTo(today.atStartOfDay(PLANT).toInstant().toString());

        missed.check(now.plusSeconds(1));
        assertThat(manager.get("/api/v1/alarms/" + alarm.path("id").asString()).json().path("occurrences").asInt())
                .as("told once").isEqualTo(2);
    }
}
