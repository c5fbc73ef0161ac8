package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PlatformTest
class AuditLogApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stateChangingRequestsAreRecordedWithActorScopeOutcomeAndAddress() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        safety.post("/api/v1/api-tokens", Map.of("name", "审计测试", "purpose", "READ_ONLY"));
        safety.post("/api/v1/api-tokens", Map.of("name", "", "purpose", "READ_ONLY"));

        // the request filter writes its entry just after the answer has gone out
        await().atMost(Duration.ofSeconds(5)).until(() -> safety.get("/api/v1/audit-events?action=api-tokens&size=10")
                .json().path("content").size() >= 2);
        JsonNode entries = safety.get("/api/v1/audit-events?action=api-tokens&size=10").json().path("content");
        JsonNode failed = entries.get(0);
        assertThat(failed.path("action").asString()).isEqualTo("POST /api/v1/api-tokens");
        assertThat(failed.path("outcome").asString()).isEqualTo("FAILURE");
        assertThat(failed.path("httpStatus").asInt()).isEqualTo(400);
        assertThat(failed.path("actorUsername").asString()).isEqualTo("safety");
        assertThat(failed.path("actorScope").asString()).isEqualTo("枣庄示范化工有限公司");
        assertThat(failed.path("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(entries.get(1).path("outcome").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void loginsAreRecordedAndFilterable() {
        new ApiClient(port).login("shiftlead", "Wrong2026!");
        ApiClient.loggedIn(port, "shiftlead");
        ApiClient principal = ApiClient.loggedIn(port, "principal");
        JsonNode denied = principal.get("/api/v1/audit-events?actor=shiftlead&outcome=DENIED").json();
        assertThat(denied.path("content").get(0).path("action").asString()).isEqualTo("LOGIN");
        JsonNode all = principal.get("/api/v1/audit-events?actor=shiftlead&action=LOGIN").json();
        assertThat(all.path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        String future = java.time.Instant.now().plusSeconds(3600).toString();
        assertThat(principal.get("/api/v1/audit-events?from=" + future).json().path("totalElements").asLong())
                .isZero();
    }

    @Test
    void theExportIsAnExcelWorkbookOfTheMatchingEntries() throws Exception {
        ApiClient principal = ApiClient.loggedIn(port, "principal");
        HttpResponse<byte[]> export = principal.getBytes("/api/v1/audit-events/export?action=LOGIN");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("audit-events.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("审计日志");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("LOGIN");
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                assertThat(sheet.getRow(row).getCell(2).getStringCellValue())
                        .as("only the enterprise's own entries").isEqualTo("枣庄示范化工有限公司");
            }
        }
        assertThat(ApiClient.loggedIn(port, "shiftlead").getBytes("/api/v1/audit-events/export").statusCode())
                .as("exporting needs audit:export").isEqualTo(403);
    }

    @Test
    void aCreateRecordsTheNewResourcesId() {
        ApiClient safety = ApiClient.loggedIn(port, "safety");
        String id = safety.post("/api/v1/api-tokens", Map.of("name", "新建审计", "purpose", "VIDEO")).json()
                .path("apiToken").path("id").asString();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(count(
                "action = 'POST /api/v1/api-tokens' and resource = '/api/v1/api-tokens/" + id + "'")).isEqualTo(1));
    }

    @Test
    void refusedLoginRequestsAreRecorded() {
        long before = count("action = 'LOGIN' and actor_name is null");
        assertThat(new ApiClient(port).withoutCsrf().login("safety", ApiClient.DEMO_PASSWORD).status()).isEqualTo(403);
        assertThat(new ApiClient(port).login("safety", " ").status()).isEqualTo(400);
        assertThat(new ApiClient(port).postRaw("/api/v1/auth/login", "{\"username\": ", "application/json").status())
                .isEqualTo(400);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                count("action = 'LOGIN' and actor_name is null") - before).isEqualTo(3));
        assertThat(jdbc.sql("""
                select http_status from audit_event where action = 'LOGIN' and actor_name is null
                order by id desc limit 3""").query(Integer.class).list()).containsExactly(400, 400, 403);
    }

    @Test
    void excelDownloadsAreRecordedAndStatelessCalculationsAreNot() {
        ApiClient principal = ApiClient.loggedIn(port, "principal");
        assertThat(principal.getBytes("/api/v1/audit-events/export?action=LOGIN&actor=export-check").statusCode()).isEqualTo(200);
        assertThat(principal.getBytes("/api/v1/registry/exports/units.xlsx").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(count("actor_name = 'principal' and action = 'GET /api/v1/audit-events/export'"
                    + " and resource like '%actor=export-check'")).isEqualTo(1);
            assertThat(count("actor_name = 'principal' and action = 'GET /api/v1/registry/exports/units.xlsx'"))
                    .isPositive();
        });

        Response calculated = principal.post("/api/v1/major-hazards/assessments", Map.of("exposedPeople", 0,
                "substances", List.of(Map.of("name", "氯", "quantityTonnes", 10))));
        assertThat(calculated.status()).as(calculated.body()).isEqualTo(200);
        Response refused = principal.post("/api/v1/api-tokens", Map.of("name", "", "purpose", "VIDEO"));
        assertThat(refused.status()).isEqualTo(400);
        // entries are written in order after each answer: once the later one is there, the earlier would be too
        await().atMost(Duration.ofSeconds(5)).until(() -> count(
                "actor_name = 'principal' and action = 'POST /api/v1/api-tokens' and http_status = 400") == 1);
        assertThat(count("action like '%/major-hazards/assessments'")).isZero();
    }

    @Test
    void whatASupervisorDoesToAnEnterpriseShowsInThatEnterprisesAuditView() {
        String storage = jdbc.sql("select id::text from enterprise where name = '枣庄示范储运有限公司'")
                .query(String.class).single();
        ApiClient town = ApiClient.loggedIn(port, "town");
        JsonNode profile = town.get("/api/v1/enterprises/" + storage).json();
        Map<String, Object> changed = new HashMap<>();
        for (String field : List.of("name", "unifiedSocialCreditCode", "hazchemRegistrationCode", "regionCode",
                "address", "principalName", "principalPhone", "safetyDirectorName", "safetyDirectorPhone",
                "standardizationLevel", "status")) {
            changed.put(field, profile.path(field).isNull() ? null : profile.path(field).asString());
        }
        changed.put("kinds", List.of("STORAGE_TRADING"));
        changed.put("address", "西集镇监管核实地址1号");
        Response saved = town.put("/api/v1/enterprises/" + storage, changed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        ApiClient storageSafety = ApiClient.loggedIn(port, "storage.safety");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                storageSafety.get("/api/v1/audit-events?actor=town&size=50").json().path("content").toString())
                .contains("PUT /api/v1/enterprises/{id}"));
        assertThat(ApiClient.loggedIn(port, "safety").get("/api/v1/audit-events?actor=town&size=50").body())
                .as("another enterprise does not see it").doesNotContain("/api/v1/enterprises/" + storage);
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from audit_event where " + condition).query(Long.class).single();
    }

    @Test
    void theAuditLogIsAppendOnly() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'SUCCESS'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
    }
}
