package org.chemsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestUsers;
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
        ApiClient principal = ApiClient.loggedIn(port, "principal");
        String shiftLeader = TestUsers.newColleague(principal, "SHIFT_LEADER");
        new ApiClient(port).login(shiftLeader, "Wrong2026!");
        ApiClient.loggedIn(port, shiftLeader);
        JsonNode denied = principal.get("/api/v1/audit-events?actor=" + shiftLeader + "&outcome=DENIED").json();
        assertThat(denied.path("totalElements").asLong()).isEqualTo(1);
        assertThat(denied.path("content").get(0).path("action").asString()).isEqualTo("LOGIN");
        JsonNode all = principal.get("/api/v1/audit-events?actor=" + shiftLeader + "&action=LOGIN").json();
        assertThat(all.path("totalElements").asLong()).as("one refused and one accepted login").isEqualTo(2);
        String future = java.time.Instant.now().plusSeconds(3600).toString();
        assertThat(principal.get("/api/v1/audit-events?from=" + future).json().path("totalElements").asLong())
                .isZero();
    }

    @Test
    void theExportIsAnExcelWorkbookOfTheMatchingEntries() throws Exception {
        ApiClient principal = ApiClient.loggedIn(port, "principal");
        long logins = principal.get("/api/v1/audit-events?action=LOGIN").json().path("totalElements").asLong();
        HttpResponse<byte[]> export = principal.getBytes("/api/v1/audit-events/export?action=LOGIN");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("audit-events.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("审计日志");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getLastRowNum()).as("one row per matching entry").isEqualTo(logins);
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
    void theAuditLogIsAppendOnly() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'SUCCESS'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
    }
}
