package org.chemsafe.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/**
 * The escalation pass against the real database at times the test chooses (no sleeping): the raise told to the people
 * on duty, each ladder step once when reached, nothing twice across passes (the progress is stored), acknowledging
 * stops the ladder, a shelved alarm is told nothing, an alarm standing active too long is escalated; the ladders'
 * API with its defaults, a changed ladder used by the pass, bad ladders refused naming the field, scope.
 */
@PlatformTest
@RecordApplicationEvents
class AlarmEscalationTests {

    @LocalServerPort
    int port;

    @Autowired
    AlarmCentre centre;

    @Autowired
    AlarmEscalation escalation;

    @Autowired
    ApplicationEvents events;

    @Test
    void anUnacknowledgedRedAlarmClimbsTheLadderOnceAndAcknowledgingStopsIt() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = raised(enterprise, safety, AlarmSeverity.CRITICAL, t0);

        escalation.escalate(t0.plusSeconds(10));
        escalation.escalate(t0.plusSeconds(20));
        assertThat(notices(id)).extracting(AlarmNotice::kind).containsExactly(AlarmNotice.Kind.RAISED);
        AlarmNotice raised = notices(id).get(0);
        assertThat(raised.recipientRoles()).containsExactlyInAnyOrder("OPERATOR", "SHIFT_LEADER");
        assertThat(raised.subject()).isEqualTo("新报警｜红色报警｜" + label(safety, id) + "｜工艺参数超上限（高高报）");
        assertThat(label(safety, id)).startsWith("PT-201 ");
        assertThat(raised.body()).contains(id).contains(label(safety, id)).contains("未确认");

        escalation.escalate(t0.plusSeconds(119));
        assertThat(notices(id)).hasSize(1);
        escalation.escalate(t0.plusSeconds(120));
        escalation.escalate(t0.plusSeconds(121));
        assertThat(notices(id)).extracting(AlarmNotice::kind).containsExactly(AlarmNotice.Kind.RAISED,
                AlarmNotice.Kind.ESCALATED);
        assertThat(notices(id).get(1).recipientRoles()).containsExactly("SHIFT_LEADER");
        assertThat(transitions(safety, id)).contains("NOTIFIED RAISED OPERATOR,SHIFT_LEADER",
                "NOTIFIED ESCALATED SHIFT_LEADER");

        assertThat(safety.post("/api/v1/alarms/" + id + "/acknowledge", Map.of("comment", "已到现场")).status())
                .isEqualTo(200);
        escalation.escalate(t0.plusSeconds(900));
        assertThat(notices(id)).as("no step and no reminder once acknowledged").hasSize(2);
        escalation.escalate(t0.plusSeconds(3_600));
        assertThat(notices(id)).extracting(AlarmNotice::kind).last().isEqualTo(AlarmNotice.Kind.ACTIVE_TOO_LONG);
        escalation.escalate(t0.plusSeconds(7_200));
        assertThat(notices(id)).hasSize(3);
    }

    @Test
    void aShelvedOrOutOfServiceAlarmIsToldNothingAndAChangedLadderIsUsed() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        JsonNode defaults = safety.get("/api/v1/alarm-ladders").json();
        assertThat(defaults.path("ladders").size()).isEqualTo(4);
        assertThat(defaults.path("ladders").get(2).path("firstMinutes").asInt()).as("yellow: 15 minutes")
                .isEqualTo(15);
        Response changed = safety.put("/api/v1/alarm-ladders", Map.of("ladders", List.of(Map.of("severity", "MINOR",
                "firstMinutes", 1, "secondMinutes", 3))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("ladders").get(2).path("firstMinutes").asInt()).isEqualTo(1);

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String minor = raised(enterprise, safety, AlarmSeverity.MINOR, t0);
        escalation.escalate(t0.plusSeconds(60));
        assertThat(notices(minor)).extracting(AlarmNotice::kind).containsExactly(AlarmNotice.Kind.RAISED,
                AlarmNotice.Kind.ESCALATED);

        String shelved = raised(enterprise, safety, AlarmSeverity.CRITICAL, t0);
        assertThat(safety.post("/api/v1/alarms/" + shelved + "/shelve", Map.of("reason", "仪表检修", "until",
                t0.plusSeconds(7_200).toString())).status()).isEqualTo(200);
        String outOfService = raised(enterprise, safety, AlarmSeverity.CRITICAL, t0);
        assertThat(safety.post("/api/v1/alarms/" + outOfService + "/out-of-service", Map.of("reason", "探头更换"))
                .status()).isEqualTo(200);
        escalation.escalate(t0.plusSeconds(600));
        assertThat(notices(shelved)).isEmpty();
        assertThat(notices(outOfService)).as("out of service: nobody is told").isEmpty();
    }

    @Test
    void badLaddersAreRefusedNamingTheFieldAndOthersCannotReadOrSetThem() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Response outOfOrder = safety.put("/api/v1/alarm-ladders", Map.of("ladders", List.of(Map.of("severity",
                "MAJOR", "firstMinutes", 10, "secondMinutes", 10), Map.of("severity", "MAJOR", "firstMinutes", 0,
                "secondMinutes", 5))));
        assertThat(outOfOrder.status()).as(outOfOrder.body()).isEqualTo(400);
        assertThat(outOfOrder.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("ladders[0].secondMinutes", "ladders[1].severity", "ladders[1].firstMinutes");
        assertThat(safety.put("/api/v1/alarm-ladders", Map.of("ladders", List.of())).status()).isEqualTo(400);

        ApiClient operator = enterprise.newUser(port, "OPERATOR");
        assertThat(operator.get("/api/v1/alarm-ladders").status()).isEqualTo(200);
        assertThat(operator.put("/api/v1/alarm-ladders", Map.of("ladders", List.of(Map.of("severity", "MAJOR",
                "firstMinutes", 1, "secondMinutes", 2)))).status()).isEqualTo(403);
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get("/api/v1/alarm-ladders?enterpriseId=" + enterprise.id()).status()).isEqualTo(404);
    }

    @Test
    void moreThanTenNewAlarmsOfOneObjectInTenMinutesAreToldAsOneFloodMessage() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID tank = UUID.randomUUID();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(raised(enterprise, safety, AlarmSeverity.MINOR, t0.plusMillis(i), tank));
        }
        String elsewhere = raised(enterprise, safety, AlarmSeverity.MINOR, t0.plusMillis(20));

        escalation.escalate(t0.plusSeconds(5));

        assertThat(ids.subList(0, 10)).allSatisfy(id -> assertThat(notices(id)).extracting(AlarmNotice::kind)
                .containsExactly(AlarmNotice.Kind.RAISED));
        assertThat(ids.subList(10, 12)).allSatisfy(id -> assertThat(notices(id)).isEmpty());
        assertThat(notices(elsewhere)).as("another tank is not in flood").hasSize(1);
        List<AlarmNotice> floods = events.stream(AlarmNotice.class).filter(notice -> notice.kind()
                == AlarmNotice.Kind.FLOOD && notice.enterpriseId().toString().equals(enterprise.id())).toList();
        assertThat(floods).singleElement().satisfies(flood -> {
            assertThat(flood.alarmId()).isNull();
            assertThat(flood.subject()).startsWith("报警泛滥｜黄色报警｜储罐 " + tank).endsWith("又有 2 条新报警");
            assertThat(flood.body()).contains(label(safety, ids.get(10)), label(safety, ids.get(11)))
                    .doesNotContain(label(safety, ids.get(9)));
            assertThat(flood.recipientRoles()).containsExactlyInAnyOrder("OPERATOR", "SHIFT_LEADER");
        });
        assertThat(transitions(safety, ids.get(11))).contains("NOTIFIED FLOOD OPERATOR,SHIFT_LEADER");
        assertThat(safety.get("/api/v1/alarms?size=50&state=OPEN&enterpriseId=" + enterprise.id()).json()
                .path("totalElements").asInt()).as("the console still lists every alarm").isEqualTo(13);

        String later = raised(enterprise, safety, AlarmSeverity.MINOR, t0.plusSeconds(660), tank);
        escalation.escalate(t0.plusSeconds(665));
        assertThat(notices(later)).as("ten minutes on, the flood is over").extracting(AlarmNotice::kind)
                .containsExactly(AlarmNotice.Kind.RAISED);
    }

    /** The alarm's label as the API shows it ("PT-201 " and its point's id). */
    private static String label(ApiClient reader, String alarmId) {
        return reader.get("/api/v1/alarms/" + alarmId).json().path("label").asString();
    }

    @Test
    void alarmsOfDifferentTanksOfOneTankFarmFloodAsTheirUnit() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID farm = UUID.randomUUID();
        for (int i = 0; i < 11; i++) {
            raisedOn(enterprise, safety, t0.plusMillis(i), List.of(new AlarmLink("TANK", UUID.randomUUID()),
                    new AlarmLink("TANK_FARM", farm)));
        }
        escalation.escalate(t0.plusSeconds(5));
        assertThat(events.stream(AlarmNotice.class).filter(notice -> notice.kind() == AlarmNotice.Kind.FLOOD
                && notice.enterpriseId().toString().equals(enterprise.id()))).singleElement()
                .satisfies(flood -> assertThat(flood.subject()).startsWith("报警泛滥｜黄色报警｜储罐区 " + farm)
                        .endsWith("又有 1 条新报警"));
    }

    private String raised(TestEnterprise enterprise, ApiClient reader, AlarmSeverity severity, Instant at) {
        return raised(enterprise, reader, severity, at, UUID.randomUUID());
    }

    private String raised(TestEnterprise enterprise, ApiClient reader, AlarmSeverity severity, Instant at,
            UUID tank) {
        return raised(enterprise, reader, severity, at, List.of(new AlarmLink("TANK", tank)));
    }

    private String raisedOn(TestEnterprise enterprise, ApiClient reader, Instant at, List<AlarmLink> links) {
        return raised(enterprise, reader, AlarmSeverity.MINOR, at, links);
    }

    private String raised(TestEnterprise enterprise, ApiClient reader, AlarmSeverity severity, Instant at,
            List<AlarmLink> links) {
        Originator point = Originator.point(UUID.randomUUID());
        centre.apply(List.of(new AlarmSignal.Raise(UUID.fromString(enterprise.id()), point, "PT-201 " + point.id(),
                AlarmType.PROCESS_HIGH, AlarmCondition.HIGH_HIGH, severity, null, links, null, at)));
        return reader.get("/api/v1/alarms?originatorId=" + point.id()).json().path("content").get(0).path("id")
                .asString();
    }

    private List<AlarmNotice> notices(String alarmId) {
        return events.stream(AlarmNotice.class).filter(notice -> alarmId.equals(String.valueOf(notice.alarmId())))
                .toList();
    }

    private static List<String> transitions(ApiClient reader, String id) {
        return reader.get("/api/v1/alarms/" + id).json().path("transitions").valueStream()
                .map(t -> t.path("kind").asString() + " " + t.path("comment").asString()).toList();
    }
}
