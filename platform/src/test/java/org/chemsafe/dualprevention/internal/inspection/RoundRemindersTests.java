package org.chemsafe.dualprevention.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The day's rounds pushed to the people who do them: not before 07:30 of the plant's day, then one notice per
 * person listing what is still to do (their own tasks and their post's), delivered by the notification module to
 * their browser; the day is told once.
 * The test picks a day of its own far ahead, so no other test's reminders share it.
 */
@PlatformTest
class RoundRemindersTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    RoundReminders reminders;

    @Test
    void eachPersonIsToldTheirRoundsOnceADayFromHalfPastSeven() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        ApiClient operator = enterprise.newUser(port, "OPERATOR");
        String operatorId = operator.get("/api/v1/auth/me").json().path("id").asString();
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "液氨罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "液氨储罐 V-201")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "液氨泄漏中毒")));
        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures", Map.of("dataSrc", 2,
                "riskMeasureDesc", "液位高高联锁切断进料", "classify1", "1", "classify2", "1-4")));
        LocalDate today = LocalDate.now(PLANT);
        for (String content : new String[] {"检查液氨储罐液位、压力", "检查罐区可燃气体报警器"}) {
            created(manager.post("/api/v1/control-measures/" + measure + "/tasks", Map.of("troubleshootContent",
                    content, "checkCycle", 1, "checkCycleUnit", "DAY", "taskStartTime", today + "T00:00:00",
                    "workDayType", "EVERY_DAY", "workType", 0, "assigneeId", operatorId)));
        }
        // a post's task: every shift leader of the enterprise does it
        ApiClient shiftLeader = enterprise.newUser(port, "SHIFT_LEADER");
        created(manager.post("/api/v1/control-measures/" + measure + "/tasks", Map.of("troubleshootContent",
                "班组长交接班检查", "checkCycle", 1, "checkCycleUnit", "DAY", "taskStartTime", today + "T00:00:00",
                "workDayType", "EVERY_DAY", "workType", 0, "assigneeRole", "SHIFT_LEADER")));
        LocalDate day = today.plusDays(400 + (int) (System.nanoTime() % 300));

        assertThat(reminders.remind(at(day, "07:29"))).isZero();
        assertThat(reminders.remind(at(day, "07:30"))).isPositive();
        JsonNode notice = await().atMost(Duration.ofSeconds(10)).until(() -> rounds(operator), found -> found != null);
        assertThat(notice.path("subject").asString()).isEqualTo("今日巡检：2 项排查任务待完成");
        String window = day.toString().substring(5) + " 00:00–" + day.plusDays(1).toString().substring(5) + " 00:00";
        assertThat(notice.path("body").asString()).contains("· 检查液氨储罐液位、压力（" + window + "）",
                "· 检查罐区可燃气体报警器（" + window + "）", "今日巡检");
        assertThat(notice.path("alarmId").isNull()).isTrue();
        assertThat(notice.path("severity").asString()).isEqualTo("WARNING");

        JsonNode post = await().atMost(Duration.ofSeconds(10)).until(() -> rounds(shiftLeader), found -> found != null);
        assertThat(post.path("subject").asString()).isEqualTo("今日巡检：1 项排查任务待完成");
        assertThat(post.path("body").asString()).contains("班组长交接班检查");

        // told once: later the same day nothing more; the manager, who does no round, is told nothing
        assertThat(reminders.remind(at(day, "09:00"))).isZero();
        assertThat(operator.get("/api/v1/notifications?size=50").json().path("content").valueStream()
                .filter(found -> found.path("kind").asString().equals("ROUNDS")).count()).isEqualTo(1);
        assertThat(rounds(manager)).isNull();
    }

    private static JsonNode rounds(ApiClient user) {
        return user.get("/api/v1/notifications?size=50").json().path("content").valueStream()
                .filter(found -> found.path("kind").asString().equals("ROUNDS")).findFirst().orElse(null);
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(PLANT).toInstant();
    }
}
