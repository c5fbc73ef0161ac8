package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Data quality through the APIs: a point's state after real ingestion (online, out-of-range and rejected counts), the
 * enterprise's online rate of the day after a check, scope isolation and bad parameters as 400 problems.
 */
@PlatformTest
class DataQualityApiTests {

    @LocalServerPort
    int port;

    @Autowired
    OnlineRates onlineRates;

    @Test
    void aPointsQualityAndTheEnterprisesOnlineRate() throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String reporting = created(safety.post("/api/v1/points", Map.of("tag", "TT-301", "name", "反应釜温度",
                "indicatorType", "TEMPERATURE", "rangeLow", -20, "rangeHigh", 200, "expectedPeriodSeconds", 10)));
        String silent = created(safety.post("/api/v1/points", Map.of("tag", "TT-302", "name", "备用温度",
                "indicatorType", "TEMPERATURE", "expectedPeriodSeconds", 10)));
        Response token = safety.post("/api/v1/api-tokens", Map.of("name", "网关质量", "purpose", "TELEMETRY"));
        ApiClient gateway = ApiClient.withToken(port, token.json().path("token").asString());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Response sent = gateway.post("/api/v1/telemetry", Map.of("samples", List.of(sample(now.minusSeconds(2), 80.5),
                sample(now.minusSeconds(1), 250.0), sample(now, "hot"))));
        assertThat(sent.json().path("accepted").asInt()).as(sent.body()).isEqualTo(2);

        JsonNode quality = safety.get("/api/v1/points/" + reporting + "/quality").json();
        assertThat(quality.path("online").asBoolean()).isTrue();
        assertThat(quality.path("flatline").asBoolean()).isFalse();
        assertThat(quality.path("outOfRangeCount").asLong()).isEqualTo(1);
        assertThat(quality.path("rejectedCount").asLong()).isEqualTo(1);
        assertThat(quality.path("lastSampleAt").asString()).isEqualTo(now.minusSeconds(1).toString());
        assertThat(safety.get("/api/v1/points/" + silent + "/quality").json().path("online").asBoolean()).isFalse();

        onlineRates.check();
        JsonNode rates = safety.get("/api/v1/data-quality?enterpriseId=" + enterprise.id()).json();
        assertThat(rates.size()).isEqualTo(1);
        assertThat(rates.get(0).path("onlineRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.get(0).path("points").asInt()).isEqualTo(2);
        assertThat(rates.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(rates.get(0).path("enterpriseName").asString()).isEqualTo(enterprise.name());
        assertThat(rates.get(0).path("regionName").asString()).isNotBlank();
        assertThat(rates.get(0).path("day").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(safety.get("/api/v1/data-quality").json().valueStream().map(r -> r.path("enterpriseId").asString()))
                .as("an enterprise user sees only its own").containsExactly(enterprise.id());

        JsonNode history = safety.get("/api/v1/data-quality/history").json();
        assertThat(history.size()).as("today's day, the only one with checks").isEqualTo(1);
        assertThat(history.get(0).path("onlineRate").asDouble()).isEqualTo(0.5);
        assertThat(history.get(0).path("day").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        for (String bad : List.of("from=2026-12-05&to=2026-12-01", "from=2024-01-01&to=2026-12-01")) {
            Response answer = safety.get("/api/v1/data-quality/history?" + bad);
            assertThat(answer.status()).as(bad + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("from");
        }

        JsonNode points = safety.get("/api/v1/data-quality/points").json();
        assertThat(points.valueStream().map(point -> point.path("tag").asString())).containsExactly("TT-301", "TT-302");
        assertThat(points.get(0).path("online").asBoolean()).isTrue();
        assertThat(points.get(0).path("outOfRangeCount").asLong()).isEqualTo(1);
        assertThat(points.get(0).path("rejectedCount").asLong()).isEqualTo(1);
        assertThat(points.get(1).path("online").asBoolean()).isFalse();
        HttpResponse<byte[]> export = safety.getBytes("/api/v1/data-quality/points/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(TestWorkbooks.headers(sheet)).startsWith("位号", "名称", "指标类型");
            List<List<String>> rows = TestWorkbooks.rowsOf(sheet);
            assertThat(rows).as("the header and the two points").hasSize(3);
            assertThat(rows.get(1)).startsWith("TT-301", "反应釜温度", "温度", "10", "在线");
            assertThat(rows.get(2)).startsWith("TT-302").contains("离线");
        }

        JsonNode problems = safety.get("/api/v1/data-quality/points?problemsOnly=true").json();
        assertThat(problems.size()).as("both have a problem: rejected and out-of-range samples, offline").isEqualTo(2);

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get("/api/v1/data-quality/points?enterpriseId=" + enterprise.id()).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/data-quality/history?enterpriseId=" + enterprise.id()).status()).isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "district").get("/api/v1/data-quality/points").status())
                .as("a supervisor names the enterprise").isEqualTo(422);
        assertThat(other.get("/api/v1/points/" + reporting + "/quality").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/data-quality?enterpriseId=" + enterprise.id()).json().size()).isZero();
        for (String bad : List.of("day=2026-13-01", "enterpriseId=xyz")) {
            Response answer = safety.get("/api/v1/data-quality?" + bad);
            assertThat(answer.status()).as(bad + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains(bad.substring(0, bad.indexOf('=')));
        }
    }

    private static Map<String, Object> sample(Instant ts, Object value) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("tag", "TT-301");
        sample.put("ts", ts.toString());
        sample.put("value", value);
        return sample;
    }
}
