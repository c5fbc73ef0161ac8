package org.chemsafe.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.referenceId;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What the major hazard register shows of its neighbours' changes, end to end: a unit renamed through the units API
 * (the enterprise module announces it with HazardUnitChanged), and the stateless calculator left out of the audit
 * log (identity's audit filter honours {@code @AuditExempt}).
 */
@PlatformTest
class MajorHazardAcrossModulesTests {

    /** The event listeners work after the request commits; on a loaded 2-core CI machine that can take long. */
    private static final Duration ASYNC_WORK = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitRenamedThroughTheUnitsApiShowsItsNewNameInTheRegisterItsSearchAndTheLedger() throws Exception {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String code = "RW-" + UUID.randomUUID().toString().substring(0, 8);
        String warehouse = created(safety.post("/api/v1/units", unit("WAREHOUSE", code, "改名前的氨库" + code)));
        safety.put("/api/v1/units/" + warehouse + "/exposure", Map.of("exposedPeople", 5));
        created(safety.post("/api/v1/units/" + warehouse + "/inventory",
                Map.of("chemicalId", referenceId(safety, "7664-41-7"), "designMaxTonnes", 20)));
        await().atMost(ASYNC_WORK).until(() -> sources(safety, code).size() == 1);

        String renamedCode = code + "-N";
        assertThat(safety.put("/api/v1/units/" + warehouse,
                unit("WAREHOUSE", renamedCode, "改名后的氨库" + code)).status()).isEqualTo(200);

        JsonNode found = await().atMost(ASYNC_WORK).until(() -> sources(safety, renamedCode),
                content -> content.size() == 1 && content.get(0).path("unitCode").asString().equals(renamedCode));
        assertThat(found.get(0).path("unitName").asString()).isEqualTo("改名后的氨库" + code);
        assertThat(found.get(0).path("unitId").asString()).isEqualTo(warehouse);
        assertThat(sources(safety, "改名前的氨库" + code).size()).as("the old name is gone").isZero();
        assertThat(ledgerUnitNames(safety)).contains("改名后的氨库" + code).doesNotContain("改名前的氨库" + code);
    }

    @Test
    void theStatelessCalculatorWritesNoAuditRow() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        assertThat(safety.post("/api/v1/major-hazards/assessments", Map.of("exposedPeople", 10, "substances",
                List.of(Map.of("name", "氨", "quantityTonnes", 20)))).status()).isEqualTo(200);
        // an audited request after it: once its row is written, the calculator's would have been too
        String unitCode = "AU-" + UUID.randomUUID().toString().substring(0, 8);
        created(safety.post("/api/v1/units", unit("WAREHOUSE", unitCode, "审计对照" + unitCode)));
        await().atMost(ASYNC_WORK).until(() -> audited("POST /api/v1/units") > 0);
        assertThat(audited("POST /api/v1/major-hazards/assessments")).isZero();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where actor_name = 'safety' and action = :action")
                .param("action", action).query(Long.class).single();
    }

    private static JsonNode sources(ApiClient client, String text) {
        return client.get("/api/v1/major-hazard-sources?size=200&q=" + text).json().path("content");
    }

    private static List<String> ledgerUnitNames(ApiClient client) throws Exception {
        HttpResponse<byte[]> export = client.getBytes("/api/v1/major-hazard-sources/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            return IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(row -> sheet.getRow(row).getCell(2).getStringCellValue()).toList();
        }
    }
}
