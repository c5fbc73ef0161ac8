package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.RegistryFixtures;
import org.chemsafe.support.TelemetryGateway;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The limit rules end to end: synthetic series through {@code POST /api/v1/telemetry} raise alarms in the alarm
 * centre by the samples' own times. Chatter inside the deadband is one alarm; HIGH then HIGH_HIGH escalates that
 * alarm; it returns only below high − deadband; replaying the samples changes nothing; a gas detector's alarms
 * carry their GB/T 50493-2019 level.
 */
@PlatformTest
class TelemetryAlarmApiTests {

    @LocalServerPort
    int port;

    @Test
    void chatterIsOneAlarmEscalatedToHighHighAndReturnedOnlyBelowTheDeadband() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "PT-201", "name", "反应釜压力",
                "indicatorType", "PRESSURE", "rangeLow", 0, "rangeHigh", 100, "deadband", 2,
                "limits", Map.of("high", 80, "highHigh", 90))));
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);

        gateway.send("PT-201", t0, 0, 79.0, 80.5, 79.0, 81.0, 78.5, 80.2, 78.0);
        JsonNode alarms = alarmsOf(safety, point);
        assertThat(alarms.size()).as("chatter inside the deadband is one alarm").isEqualTo(1);
        String id = alarms.get(0).path("id").asString();
        assertThat(alarms.get(0).path("label").asString()).as("the point's tag and name").isEqualTo("PT-201 反应釜压力");
        assertThat(alarms.get(0).path("condition").asString()).isEqualTo("HIGH");
        assertThat(alarms.get(0).path("severity").asString()).isEqualTo("MINOR");
        assertThat(alarms.get(0).path("active").asBoolean()).isTrue();
        assertThat(alarms.get(0).path("occurrences").asInt()).isEqualTo(1);
        assertThat(alarms.get(0).path("firstRaisedAt").asString()).isEqualTo(t0.plusSeconds(1).toString());

        gateway.send("PT-201", t0, 7, 89.9, 90.5, 88.5);
        JsonNode escalated = safety.get("/api/v1/alarms/" + id).json();
        assertThat(alarmsOf(safety, point).size()).isEqualTo(1);
        assertThat(escalated.path("condition").asString()).isEqualTo("HIGH_HIGH");
        assertThat(escalated.path("severity").asString()).isEqualTo("MAJOR");
        assertThat(escalated.path("active").asBoolean()).isTrue();

        gateway.send("PT-201", t0, 10, 85.0, 79.0, 78.0);
        assertThat(safety.get("/api/v1/alarms/" + id).json().path("active").asBoolean())
                .as("78 = 80 − 2 still holds").isTrue();
        gateway.send("PT-201", t0, 13, 77.9);
        JsonNode returned = safety.get("/api/v1/alarms/" + id).json();
        assertThat(returned.path("active").asBoolean()).isFalse();
        assertThat(returned.path("transitions").valueStream().map(t -> t.path("kind").asString() + "@"
                + t.path("at").asString())).containsExactly("RAISED@" + t0.plusSeconds(1),
                        "ESCALATED@" + t0.plusSeconds(8), "RETURNED@" + t0.plusSeconds(13));

        gateway.send("PT-201", t0, 0, 79.0, 80.5, 79.0, 81.0, 78.5, 80.2, 78.0);
        assertThat(safety.get("/api/v1/alarms/" + id).json().path("transitions").size())
                .as("a replay raises nothing").isEqualTo(3);
        assertThat(alarmsOf(safety, point).size()).isEqualTo(1);
    }

    @Test
    void aGasDetectorsAlarmsCarryTheirLevelAndSeverityColour() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String detector = created(safety.post("/api/v1/points", Map.of("tag", "GT-301", "name", "罐区可燃气体",
                "indicatorType", "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100)));
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);

        gateway.send("GT-301", t0, 0, 3.0, 24.9, 25.0);
        JsonNode level1 = alarmsOf(safety, detector).get(0);
        assertThat(level1.path("gasLevel").asInt()).as("GB/T 50493-2019 5.5.2: 25 %LEL is level 1").isEqualTo(1);
        assertThat(level1.path("severity").asString()).isEqualTo("MAJOR");
        assertThat(level1.path("colour").asString()).isEqualTo("ORANGE");
        gateway.send("GT-301", t0, 3, 49.9, 50.0);
        JsonNode level2 = alarmsOf(safety, detector).get(0);
        assertThat(level2.path("gasLevel").asInt()).as("50 %LEL is level 2").isEqualTo(2);
        assertThat(level2.path("condition").asString()).isEqualTo("HIGH_HIGH");
        assertThat(level2.path("colour").asString()).isEqualTo("RED");
    }

    @Test
    void anAlarmRaisedThreeTimesWithinAMinuteIsFlaggedAsChattering() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "FT-105", "name", "进料流量",
                "indicatorType", "FLOW", "rangeLow", 0, "rangeHigh", 100, "deadband", 2,
                "limits", Map.of("high", 80))));
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        // raised at 0 s, 30 s and 61 s: never three within one minute
        gateway.send("FT-105", t0, 0, 81.0);
        gateway.send("FT-105", t0, 20, 77.0);
        gateway.send("FT-105", t0, 30, 81.0);
        gateway.send("FT-105", t0, 40, 77.0);
        gateway.send("FT-105", t0, 61, 81.0);
        JsonNode alarm = alarmsOf(safety, point).get(0);
        assertThat(alarm.path("chattering").asBoolean()).as("0 s, 30 s, 61 s: not three in 60 s").isFalse();
        gateway.send("FT-105", t0, 70, 77.0);
        gateway.send("FT-105", t0, 75, 81.0);
        String id = alarm.path("id").asString();
        JsonNode flagged = safety.get("/api/v1/alarms/" + id).json();
        assertThat(flagged.path("chattering").asBoolean()).as("30 s, 61 s, 75 s: three in 45 s").isTrue();
        assertThat(flagged.path("transitions").valueStream().map(t -> t.path("kind").asString())
                .filter("CHATTERING"::equals)).hasSize(1);
        gateway.send("FT-105", t0, 76, 77.0, 81.0, 77.0, 81.0);
        assertThat(safety.get("/api/v1/alarms/" + id).json().path("transitions").valueStream()
                .filter(t -> t.path("kind").asString().equals("CHATTERING"))).as("flagged once").hasSize(1);

        JsonNode chattering = safety.get("/api/v1/alarms?state=CHATTERING&q=ft-105").json();
        assertThat(chattering.path("content").valueStream().map(a -> a.path("id").asString())).containsExactly(id);
        assertThat(safety.get("/api/v1/alarms?q=进料").json().path("content").valueStream()
                .map(a -> a.path("label").asString())).containsExactly("FT-105 进料流量");
        assertThat(safety.get("/api/v1/alarms?q=%25").json().path("totalElements").asInt())
                .as("LIKE wildcards are text").isZero();
    }

    @Test
    void aPointsOwnOnAndOffDelaysHoldItsAlarmBackAndItsReturn() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        Response created = safety.post("/api/v1/points", Map.of("tag", "TT-301", "name", "反应器出口温度",
                "indicatorType", "TEMPERATURE", "rangeLow", 0, "rangeHigh", 200, "limits", Map.of("high", 80),
                "onDelaySeconds", 5, "offDelaySeconds", 10));
        assertThat(created.json().path("onDelaySeconds").asInt()).isEqualTo(5);
        String point = created(created);
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);

        gateway.send("TT-301", t0, 0, 81.0, 82.0, 79.0);
        assertThat(alarmsOf(safety, point).size()).as("2 s above the limit: within the on-delay").isZero();
        gateway.send("TT-301", t0, 10, 81.0, 81.5, 82.0, 81.0, 80.5, 81.0);
        JsonNode alarm = alarmsOf(safety, point).get(0);
        assertThat(alarm.path("firstRaisedAt").asString()).as("raised once it lasted 5 s")
                .isEqualTo(t0.plusSeconds(15).toString());
        String id = alarm.path("id").asString();
        gateway.send("TT-301", t0, 20, 70.0, 70.0, 70.0, 70.0, 70.0, 70.0, 70.0, 70.0, 70.0);
        assertThat(safety.get("/api/v1/alarms/" + id).json().path("active").asBoolean())
                .as("8 s below: within the off-delay").isTrue();
        gateway.send("TT-301", t0, 30, 70.0);
        assertThat(safety.get("/api/v1/alarms/" + id).json().path("active").asBoolean()).isFalse();
        assertThat(safety.post("/api/v1/points", Map.of("tag", "TT-302", "name", "x", "indicatorType", "TEMPERATURE",
                "onDelaySeconds", 3_601)).invalidFields()).containsExactly("onDelaySeconds");
    }

    @Test
    void aPointOnATankLinksItsAlarmsToTheTankAndItsTankFarm() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String farm = created(safety.post("/api/v1/units", RegistryFixtures.unit("TANK_FARM", "TF-AL-1", "液氯罐区")));
        String tank = created(safety.post("/api/v1/units/" + farm + "/tanks", RegistryFixtures.tank("V-AL-1",
                RegistryFixtures.liquidChlorine(safety, 1.47), "10", "0.8")));
        String point = created(safety.post("/api/v1/points", Map.of("tag", "LT-AL-1", "name", "液氯储罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 100, "limits", Map.of("high", 85),
                "linkedObject", Map.of("kind", "TANK", "id", tank))));
        TelemetryGateway.of(port, safety).send("LT-AL-1", Instant.now().minusSeconds(60), 0, 80.0, 86.0);
        assertThat(alarmsOf(safety, point).get(0).path("links").valueStream()
                .map(link -> link.path("kind").asString() + ":" + link.path("id").asString()))
                .containsExactly("TANK:" + tank, "TANK_FARM:" + farm);
    }

    private static JsonNode alarmsOf(ApiClient reader, String point) {
        return reader.get("/api/v1/alarms?originatorType=POINT&originatorId=" + point).json().path("content");
    }
}
