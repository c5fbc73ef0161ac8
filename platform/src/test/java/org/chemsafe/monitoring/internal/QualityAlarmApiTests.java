package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TelemetryGateway;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The data-quality alarms end to end, samples through {@code POST /api/v1/telemetry}: out of range raised and
 * returned on the samples' times, flatline after 30 minutes unchanged, communication loss raised by the pass and
 * returned by the next sample, and a stopped production unit suppressing its process alarms but never its gas
 * detectors'.
 */
@PlatformTest
class QualityAlarmApiTests {

    @LocalServerPort
    int port;

    @Autowired
    QualityAlarms qualityAlarms;

    @Autowired
    StoppedUnits stoppedUnits;

    @Test
    void outOfRangeIsRaisedAndReturnedOnTheSamplesTimes() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "LT-101", "name", "储罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 100)));
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);

        gateway.send("LT-101", t0, 0, 50.0, 120.0, 130.0, 60.0);
        JsonNode alarm = only(safety, point, "OUT_OF_RANGE");
        assertThat(alarm.path("severity").asString()).isEqualTo("MINOR");
        assertThat(alarm.path("condition").asString()).isEqualTo("PRESENT");
        assertThat(alarm.path("active").asBoolean()).isFalse();
        JsonNode detail = safety.get("/api/v1/alarms/" + alarm.path("id").asString()).json();
        assertThat(detail.path("transitions").valueStream().map(t -> t.path("kind").asString() + "@"
                + t.path("at").asString())).containsExactly("RAISED@" + t0.plusSeconds(1),
                        "RETURNED@" + t0.plusSeconds(3));
        assertThat(alarmsOf(safety, point, "PROCESS_HIGH").size()).as("out of range is not a process alarm")
                .isZero();
    }

    @Test
    void aValueUnchangedForMoreThanThirtyMinutesIsAFlatlineUntilItMoves() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "PT-102", "name", "管线压力",
                "indicatorType", "PRESSURE", "rangeLow", 0, "rangeHigh", 10)));
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        gateway.send("PT-102", t0, 0, 1.2);
        gateway.send("PT-102", t0, 1_800, 1.2);
        assertThat(alarmsOf(safety, point, "FLATLINE").size()).as("30 minutes exactly is not yet").isZero();
        gateway.send("PT-102", t0, 1_801, 1.2);
        JsonNode flatline = only(safety, point, "FLATLINE");
        assertThat(flatline.path("active").asBoolean()).isTrue();
        assertThat(flatline.path("firstRaisedAt").asString()).isEqualTo(t0.plusSeconds(1_801).toString());
        gateway.send("PT-102", t0, 1_900, 1.3);
        assertThat(only(safety, point, "FLATLINE").path("active").asBoolean()).isFalse();
    }

    @Test
    void communicationLossIsRaisedOnceOfflineAndReturnedByTheNextSample() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "TT-103", "name", "反应釜温度",
                "indicatorType", "TEMPERATURE", "rangeLow", -20, "rangeHigh", 200, "expectedPeriodSeconds", 10)));
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        gateway.send("TT-103", Instant.now().truncatedTo(ChronoUnit.SECONDS), 0, 80.0);

        qualityAlarms.raiseCommunicationLoss(Instant.now().plusSeconds(10));
        assertThat(alarmsOf(safety, point, "COMM_LOSS").size()).as("10 s of a 10 s period is still online")
                .isZero();
        Instant offline = Instant.now().plusSeconds(31).truncatedTo(ChronoUnit.MILLIS);
        qualityAlarms.raiseCommunicationLoss(offline);
        qualityAlarms.raiseCommunicationLoss(offline.plusSeconds(60));
        JsonNode lost = only(safety, point, "COMM_LOSS");
        assertThat(lost.path("active").asBoolean()).isTrue();
        assertThat(lost.path("occurrences").asInt()).as("raised once while lost").isEqualTo(1);
        assertThat(lost.path("firstRaisedAt").asString()).isEqualTo(offline.toString());

        gateway.send("TT-103", Instant.now().truncatedTo(ChronoUnit.SECONDS), 0, 81.0);
        assertThat(only(safety, point, "COMM_LOSS").path("active").asBoolean()).isFalse();
    }

    @Test
    void aStoppedUnitSuppressesItsProcessAlarmsButNeverItsGasDetectors() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String unit = created(safety.post("/api/v1/units", unit("PRODUCTION_UNIT", "PU-301", "加氢装置")));
        Map<String, Object> onUnit = Map.of("kind", "PRODUCTION_UNIT", "id", unit);
        String pressure = created(safety.post("/api/v1/points", Map.of("tag", "PT-301", "name", "反应器压力",
                "indicatorType", "PRESSURE", "rangeLow", 0, "rangeHigh", 10, "limits", Map.of("high", 8),
                "linkedObject", onUnit)));
        String detector = created(safety.post("/api/v1/points", Map.of("tag", "GT-301", "name", "装置可燃气体",
                "indicatorType", "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100,
                "linkedObject", onUnit)));
        Response overhaul = safety.post("/api/v1/units/" + unit + "/status",
                Map.of("status", "OVERHAUL", "reason", "年度大修"));
        assertThat(overhaul.status()).as(overhaul.body()).isEqualTo(200);
        List<AlarmLink> links = List.of(new AlarmLink("PRODUCTION_UNIT", UUID.fromString(unit)));
        await().atMost(Duration.ofSeconds(10)).until(() -> stoppedUnits.suppression(links) != null);

        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        gateway.send("PT-301", t0, 0, 9.0);
        gateway.send("GT-301", t0, 0, 30.0);
        JsonNode process = only(safety, pressure, "PROCESS_HIGH");
        assertThat(process.path("suppressed").asBoolean()).isTrue();
        assertThat(process.path("suppressedBy").asString()).isEqualTo("OVERHAUL: 年度大修");
        JsonNode gas = only(safety, detector, "PROCESS_HIGH");
        assertThat(gas.path("suppressed").asBoolean()).as("a gas detector is never suppressed").isFalse();

        safety.post("/api/v1/units/" + unit + "/status", Map.of("status", "RUNNING", "reason", "大修结束"));
        await().atMost(Duration.ofSeconds(10)).until(() -> stoppedUnits.suppression(links) == null);
        gateway.send("PT-301", t0, 1, 7.0, 9.5);
        JsonNode again = alarmsOf(safety, pressure, "PROCESS_HIGH");
        assertThat(again.valueStream().filter(alarm -> !alarm.path("suppressed").asBoolean()).count())
                .as("raised again once the unit runs, not suppressed").isEqualTo(1);
    }

    private static JsonNode only(ApiClient reader, String point, String type) {
        JsonNode alarms = alarmsOf(reader, point, type);
        assertThat(alarms.size()).as(alarms.toString()).isEqualTo(1);
        return alarms.get(0);
    }

    private static JsonNode alarmsOf(ApiClient reader, String point, String type) {
        return reader.get("/api/v1/alarms?originatorType=POINT&originatorId=" + point + "&type=" + type).json()
                .path("content");
    }
}
