package org.chemsafe.dualprevention.internal.hidden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPhotos;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A rectification past its deadline raises one alarm in the alarm centre the day after the deadline (yellow for a
 * 一般 hidden danger, orange for a 重大 one), told once however often the check runs, and returned when the danger is
 * reported rectified; a rectification on time raises nothing; another enterprise sees none of it.
 */
@PlatformTest
class RectificationDeadlinesTests {

    private static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    RectificationDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverdueRectificationRaisesOneAlarmUntilItIsRectified() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        ApiClient operator = ApiClient.loggedIn(port, TestUsers.newUser(ApiClient.loggedIn(port, "platform"),
                enterprise.id(), "OPERATOR"));
        LocalDate today = LocalDate.now(PLANT);
        String late = ordered(manager, operator, "罐区可燃气体探测器失效", "GENERAL", today.plusDays(3));
        String major = ordered(manager, operator, "液氯储罐紧急切断阀失效", "MAJOR", today.plusDays(3));
        String onTime = ordered(manager, operator, "消防通道堵塞", "GENERAL", today.plusDays(3));
        LocalDate deadline = today.minusDays(2);
        for (String id : List.of(late, major)) {
            jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id").param("day", deadline)
                    .param("id", UUID.fromString(id)).update();
        }
        jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id").param("day", today)
                .param("id", UUID.fromString(onTime)).update();

        deadlines.check(today, Instant.now());
        deadlines.check(today, Instant.now());

        JsonNode alarm = alarmOf(manager, late);
        assertThat(alarm.path("type").asString()).isEqualTo("RECTIFICATION_OVERDUE");
        assertThat(alarm.path("label").asString()).isEqualTo("罐区可燃气体探测器失效");
        assertThat(alarm.path("severity").asString()).isEqualTo("MINOR");
        assertThat(alarm.path("active").asBoolean()).isTrue();
        assertThat(alarm.path("occurrences").asInt()).as("told once however often the check runs").isEqualTo(1);
        assertThat(alarm.path("firstRaisedAt").asString()).as("from the day after the deadline, plant time")
                .isEqualTo(deadline.plusDays(1).atStartOfDay(PLANT).toInstant().toString());
        assertThat(alarmOf(manager, major).path("severity").asString()).isEqualTo("MAJOR");
        assertThat(manager.get("/api/v1/alarms?originatorId=" + onTime).json().path("totalElements").asInt())
                .as("a deadline of today is not yet overdue").isZero();
        assertThat(TestEnterprise.register(port).safetyManager(port).get("/api/v1/alarms?originatorId=" + late).json()
                .path("totalElements").asInt()).isZero();

        step(operator, late, "rectify", Map.of("dangerAcceptImg", List.of(TestPhotos.uploaded(operator))));
        deadlines.check(today, Instant.now());
        JsonNode returned = manager.get("/api/v1/alarms/" + alarm.path("id").asString()).json();
        assertThat(returned.path("active").asBoolean()).as("rectified: the alarm has returned").isFalse();
        assertThat(returned.path("transitions").valueStream().map(t -> t.path("kind").asString()))
                .containsExactly("RAISED", "RETURNED");
        assertThat(alarmOf(manager, major).path("active").asBoolean()).isTrue();
    }

    private static JsonNode alarmOf(ApiClient reader, String hiddenDanger) {
        JsonNode page = reader.get("/api/v1/alarms?originatorType=HIDDEN_DANGER&originatorId=" + hiddenDanger).json();
        assertThat(page.path("totalElements").asInt()).isEqualTo(1);
        return page.path("content").get(0);
    }

    /** A hidden danger reported, graded and ordered rectified by the deadline; answers its id. */
    private static String ordered(ApiClient manager, ApiClient operator, String name, String level,
            LocalDate deadline) {
        String id = created(operator.post("/api/v1/hidden-dangers", Map.of("dangerName", name, "dangerSrc", 1,
                "hazardDangerType", 7, "dangerDesc", "现场检查发现", "dangerReason", "维护不到位")));
        step(manager, id, "confirm", Map.of("dangerLevel", level));
        step(manager, id, "order", "MAJOR".equals(level)
                ? Map.of("dangerManageType", "BY_DEADLINE", "liablePerson", "李四", "dangerManageDeadline",
                        deadline.toString(), "controlMeasures", "更换切断阀", "cost", 8.0, "contingencyPlan",
                        "整改期间限量储存，每班巡检两次")
                : Map.of("dangerManageType", "BY_DEADLINE", "liablePerson", "王五", "dangerManageDeadline",
                        deadline.toString(), "controlMeasures", "更换探头并标定"));
        return id;
    }

    private static void step(ApiClient client, String id, String step, Map<String, Object> body) {
        ApiClient.Response response = client.post("/api/v1/hidden-dangers/" + id + "/" + step, body);
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    }
}
