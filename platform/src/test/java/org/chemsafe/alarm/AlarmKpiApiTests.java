package org.chemsafe.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The alarm KPI report (EEMUA 191 / ISA-18.2) over a known series of raises and returns, its bad ranges, another
 * enterprise's view of it, and the alarm ledger in Excel.
 */
@PlatformTest
class AlarmKpiApiTests {

    @LocalServerPort
    int port;

    @Autowired
    AlarmCentre centre;

    @Test
    void theReportCountsRaisesPerTenMinutesFloodsTheMostFrequentChatteringStandingAndResponseTimes()
            throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        UUID enterpriseId = UUID.fromString(enterprise.id());
        Instant now = Instant.now();
        Instant t0 = now.minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.HOURS);
        Instant from = t0;
        Instant to = t0.plus(2, ChronoUnit.HOURS);

        // one valve chattering: raised at 10 s, 30 s and 50 s, returned after 10 s each time
        Originator valve = Originator.point(UUID.randomUUID());
        List<AlarmSignal> chatter = new ArrayList<>();
        for (int second = 10; second <= 50; second += 20) {
            chatter.add(raise(enterpriseId, valve, "FV-101 进料阀位", t0.plusSeconds(second)));
            if (second < 50) {
                chatter.add(new AlarmSignal.Return(enterpriseId, valve, AlarmType.PROCESS_HIGH,
                        t0.plusSeconds(second + 10)));
            }
        }
        centre.apply(chatter);
        // eleven points in the period from 10 min: more than 10, a flood
        List<AlarmSignal> flood = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            flood.add(raise(enterpriseId, Originator.point(UUID.randomUUID()), "TT-2%02d 反应温度".formatted(i),
                    t0.plus(15, ChronoUnit.MINUTES).plusSeconds(i)));
        }
        centre.apply(flood);
        // a pump alarm active for 25 hours: standing (its raise is before the range)
        centre.apply(List.of(raise(enterpriseId, Originator.point(UUID.randomUUID()), "P-301 出口压力",
                now.minus(25, ChronoUnit.HOURS))));
        String valveAlarm = safety.get("/api/v1/alarms?q=FV-101").json().path("content").get(0).path("id").asString();
        assertThat(safety.post("/api/v1/alarms/" + valveAlarm + "/acknowledge", Map.of("comment", "现场确认"))
                .status()).isEqualTo(200);
        double secondsToAcknowledge = (Instant.now().toEpochMilli() - t0.plusSeconds(50).toEpochMilli()) / 1000.0;

        JsonNode kpis = safety.get("/api/v1/alarm-kpis?from=" + from + "&to=" + to).json();
        assertThat(kpis.path("periods").asLong()).as("two hours are 12 periods of 10 minutes: %s", kpis).isEqualTo(12);
        assertThat(kpis.path("annunciations").asLong()).isEqualTo(14);
        assertThat(kpis.path("averagePerPeriod").asDouble()).isCloseTo(14.0 / 12, within(1e-9));
        assertThat(kpis.path("peakPerPeriod").asLong()).isEqualTo(11);
        assertThat(kpis.path("peakPeriodStart").asString()).isEqualTo(t0.plus(10, ChronoUnit.MINUTES).toString());
        assertThat(kpis.path("floodThreshold").asInt()).isEqualTo(10);
        assertThat(kpis.path("floodPeriods").asLong()).isEqualTo(1);
        assertThat(kpis.path("floodShare").asDouble()).isCloseTo(1.0 / 12, within(1e-9));
        JsonNode frequent = kpis.path("mostFrequent");
        assertThat(frequent.size()).isEqualTo(10);
        assertThat(frequent.get(0).path("label").asString()).isEqualTo("FV-101 进料阀位");
        assertThat(frequent.get(0).path("annunciations").asLong()).isEqualTo(3);
        assertThat(frequent.get(0).path("share").asDouble()).isCloseTo(3.0 / 14, within(1e-9));
        assertThat(frequent.get(1).path("label").asString()).isEqualTo("TT-200 反应温度");
        assertThat(kpis.path("mostFrequentShare").asDouble()).isCloseTo(12.0 / 14, within(1e-9));
        assertThat(kpis.path("chatteringAlarms").asLong()).isEqualTo(1);
        assertThat(kpis.path("standingAlarms").asLong()).isEqualTo(1);
        assertThat(kpis.path("returns").asLong()).isEqualTo(2);
        assertThat(kpis.path("meanSecondsToReturn").asDouble()).isCloseTo(10.0, within(1e-6));
        assertThat(kpis.path("acknowledgements").asLong()).isEqualTo(1);
        assertThat(kpis.path("meanSecondsToAcknowledge").asDouble()).isCloseTo(secondsToAcknowledge, within(5.0));
        JsonNode mine = kpis.path("enterprises").get(0);
        assertThat(kpis.path("enterprises").size()).isEqualTo(1);
        assertThat(mine.path("enterpriseName").asString()).isEqualTo(enterprise.name());
        assertThat(mine.path("annunciations").asLong()).isEqualTo(14);
        assertThat(mine.path("open").asLong()).isEqualTo(13);
        assertThat(mine.path("unacknowledged").asLong()).isEqualTo(12);
        assertThat(mine.path("standing").asLong()).isEqualTo(1);
        assertThat(safety.get("/api/v1/alarms?state=STANDING").json().path("content").valueStream()
                .map(alarm -> alarm.path("label").asString())).containsExactly("P-301 出口压力");

        TestEnterprise other = TestEnterprise.register(port);
        ApiClient stranger = other.safetyManager(port);
        JsonNode theirs = stranger.get("/api/v1/alarm-kpis?from=" + from + "&to=" + to).json();
        assertThat(theirs.path("annunciations").asLong()).as("another enterprise sees none of these").isZero();
        assertThat(theirs.path("enterprises").size()).isZero();
        assertThat(theirs.path("meanSecondsToAcknowledge").isNull()).isTrue();
        assertThat(stranger.get("/api/v1/alarm-kpis?enterpriseId=" + enterprise.id()).status()).isEqualTo(404);

        HttpResponse<byte[]> ledger = safety.getBytes("/api/v1/alarms/export.xlsx?state=CHATTERING");
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E6%8A%A5%E8%AD%A6%E5%8F%B0%E8%B4%A6.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("报警台账");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("报警对象");
            assertThat(sheet.getLastRowNum()).as("the chattering valve only").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(enterprise.name());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("FV-101 进料阀位");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("工艺参数超上限（高报）");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("黄色");
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("报警中");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("是");
            assertThat(row.getCell(14).getStringCellValue()).as("chattering").isEqualTo("是");
        }
        assertThat(ledgerRows(stranger.getBytes("/api/v1/alarms/export.xlsx"))).as("another enterprise's ledger")
                .isZero();
    }

    @Test
    void badRangesAreRefusedNamingTheField() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        assertThat(safety.get("/api/v1/alarm-kpis?from=2026-12-03T08:00:00Z&to=2026-12-03T08:00:00Z").json()
                .path("errors").get(0).path("field").asString()).isEqualTo("to");
        ApiClient.Response tooLong = safety.get("/api/v1/alarm-kpis?from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(tooLong.json().path("errors").get(0).path("message").asString()).contains("92");
        ApiClient.Response garbage = safety.get("/api/v1/alarm-kpis?from=yesterday");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().path("errors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(safety.get("/api/v1/alarms/export.xlsx?state=NOPE").status()).isEqualTo(400);
        assertThat(safety.get("/api/v1/alarms/export.xlsx?from=2026-12-03T09:00:00Z&to=2026-12-03T08:00:00Z")
                .status()).isEqualTo(400);
    }

    private static int ledgerRows(HttpResponse<byte[]> ledger) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
            return workbook.getSheetAt(0).getLastRowNum();
        }
    }

    private static AlarmSignal.Raise raise(UUID enterpriseId, Originator point, String label, Instant at) {
        return new AlarmSignal.Raise(enterpriseId, point, label, AlarmType.PROCESS_HIGH, AlarmCondition.HIGH,
                AlarmSeverity.MINOR, null, List.of(), null, at);
    }
}
