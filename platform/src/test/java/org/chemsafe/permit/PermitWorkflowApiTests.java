package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemsafe.support.RegistryFixtures.created;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The permit workflow over real HTTP: a 一级 (or, at night and on rest days, 特级) hot-work permit applied for,
 * signed through its chain in order with the signer's password, refused a start without a passing fresh analysis,
 * started, suspended, resumed, completed and accepted; then its SM3 chain verified, checked against OpenSSL, and
 * found broken once a record or the permit is changed in the database.
 */
@PlatformTest
class PermitWorkflowApiTests {

    private static final List<String> HOT_WORK_CHAIN = List.of("WORK_LEADER", "UNIT", "SAFETY_DEPARTMENT",
            "HOT_WORK_APPROVER", "SHIFT_LEADER_CHECK");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHotWorkPermitFromApplicationToClosure() throws Exception {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = signerOfEveryBlock(enterprise);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Response applied = safety.post("/api/v1/permits", TestPermitForms.filled(Map.of("guardianId", TestPeople.trainedGuardian(safety), "location", "2号罐区泵房", "content", "更换法兰焊接",
                "facts", Map.of("type", "HOT_WORK", "fireExplosionArea", true, "plannedStart",
                        now.minus(5, ChronoUnit.MINUTES).toString(), "plannedEnd", now.plus(4, ChronoUnit.HOURS).toString()))));
        String id = created(applied);
        JsonNode permit = applied.json();
        assertThat(permit.path("number").asString()).startsWith("DHZY");
        assertThat(permit.path("grade").asString()).isIn("LEVEL_1", "SPECIAL");
        assertThat(permit.path("status").asString()).isEqualTo("APPLIED");
        assertThat(permit.path("nextSignature").asString()).isEqualTo("WORK_LEADER");
        assertThat(permit.path("chain").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(HOT_WORK_CHAIN);

        Response outOfOrder = safety.post(path(id, "signatures"), TestSignatures.signature("UNIT", ApiClient.DEMO_PASSWORD));
        assertThat(outOfOrder.status()).as(outOfOrder.body()).isEqualTo(422);
        Response wrongPassword = safety.post(path(id, "signatures"), TestSignatures.signature("WORK_LEADER", "wrong-1"));
        assertThat(wrongPassword.status()).as(wrongPassword.body()).isEqualTo(403);
        for (String step : HOT_WORK_CHAIN) {
            Response signed = safety.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD));
            assertThat(signed.status()).as(step + " " + signed.body()).isEqualTo(200);
        }
        assertThat(safety.get("/api/v1/permits/" + id).json().path("status").asString()).isEqualTo("APPROVED");

        Response unconfirmed = safety.post(path(id, "start"), Map.of());
        assertThat(unconfirmed.status()).as("no safety measures confirmed yet").isEqualTo(422);
        assertThat(unconfirmed.json().path("detail").asString()).contains("安全措施");
        ok(safety.post(path(id, "measures"), TestSignatures.measures(16, 9)));
        assertThat(safety.post(path(id, "start"), Map.of()).status()).as("no gas analysis yet").isEqualTo(422);
        JsonNode failing = ok(safety.post(path(id, "gas-analyses"), Map.of("analyst", "王分析", "samples",
                List.of(Map.of("lelPercent", 5, "concentrationPercentVol", 0.6, "sampledAt",
                        now.minus(2, ChronoUnit.MINUTES).toString())))));
        assertThat(lastRecord(failing).path("kind").asString()).isEqualTo("GAS_ANALYSED");
        assertThat(lastRecord(failing).path("body").asString()).contains("\"pass\":false", "FLAMMABLE_ABOVE_LIMIT");
        assertThat(safety.post(path(id, "start"), Map.of()).status()).as("the analysis failed").isEqualTo(422);
        ok(safety.post(path(id, "gas-analyses"), TestSignatures.passingAnalysis()));

        assertThat(ok(safety.post(path(id, "start"), Map.of("remark", "开始动火"))).path("status").asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(ok(safety.post(path(id, "suspend"), Map.of("remark", "午休"))).path("status").asString())
                .isEqualTo("SUSPENDED");
        assertThat(ok(safety.post(path(id, "resume"), Map.of())).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(ok(safety.post(path(id, "complete"), Map.of())).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(safety.post(path(id, "cancel"), Map.of()).status()).as("too late to cancel").isEqualTo(422);
        JsonNode closed = ok(safety.post(path(id, "accept"), Map.of("remark", "验收合格")));
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("records").size()).isEqualTo(1 + 5 + 1 + 2 + 5);

        JsonNode verification = ok(safety.get(path(id, "verification")));
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("records").asInt()).isEqualTo(14);

        // the chain is SM3 as OpenSSL computes it: hash = SM3(previous hash + "\n" + body)
        for (JsonNode record : List.of(closed.path("records").path(0), lastRecord(closed))) {
            assertThat(openSslSm3(record.path("previousHash").asString() + "\n" + record.path("body").asString()))
                    .isEqualTo(record.path("hash").asString());
        }

        // a changed record, and a changed permit, are detected
        jdbc.sql("update permit_record set body = replace(body, '更换法兰焊接', '更换阀门') where permit_id = cast(:id as uuid) and seq = 1")
                .param("id", id).update();
        JsonNode changedRecord = ok(safety.get(path(id, "verification")));
        assertThat(changedRecord.path("valid").asBoolean()).isFalse();
        assertThat(changedRecord.path("problems").path(0).path("seq").asInt()).isEqualTo(1);
        jdbc.sql("update work_permit set location = '别处' where id = cast(:id as uuid)").param("id", id).update();
        assertThat(ok(safety.get(path(id, "verification"))).path("problems").valueStream()
                .map(problem -> problem.path("seq").asInt())).contains(0);
    }

    @Test
    void badApplicationsAndSignaturesAreRefusedWithTheReason() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = signerOfEveryBlock(enterprise);
        Instant now = Instant.now();
        Response tooLong = safety.post("/api/v1/permits", TestPermitForms.filled(Map.of("guardianId", TestPeople.trainedGuardian(safety), "location", "罐区", "content", "清罐", "facts",
                Map.of("type", "CONFINED_SPACE", "plannedStart", now.toString(), "plannedEnd",
                        now.plus(25, ChronoUnit.HOURS).toString()))));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.json().path("detail").asString()).contains("24小时");
        Response low = safety.post("/api/v1/permits", TestPermitForms.filled(Map.of("guardianId", TestPeople.trainedGuardian(safety), "location", "平台", "content", "更换灯具", "facts",
                Map.of("type", "HEIGHT", "heightMetres", 1.5, "plannedStart", now.toString(), "plannedEnd",
                        now.plus(1, ChronoUnit.HOURS).toString()))));
        assertThat(low.status()).as(low.body()).isEqualTo(422);
        Response unplanned = safety.post("/api/v1/permits", TestPermitForms.filled(Map.of("guardianId", TestPeople.trainedGuardian(safety), "location", "罐区", "content", "清罐", "facts",
                Map.of("type", "CONFINED_SPACE"))));
        assertThat(unplanned.status()).isEqualTo(400);
        assertThat(unplanned.json().path("errors").path(0).path("field").asString()).isEqualTo("facts.plannedStart");

        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));
        Map<String, Object> notPng = TestSignatures.signature("WORK_LEADER", ApiClient.DEMO_PASSWORD);
        notPng.put("signatureImage", "data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString("not an image".getBytes(StandardCharsets.UTF_8)));
        Response refused = safety.post(path(id, "signatures"), notPng);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("signatureImage");
        assertThat(ApiClient.loggedIn(port, "district").post(path(id, "signatures"),
                TestSignatures.signature("WORK_LEADER", ApiClient.DEMO_PASSWORD)).status())
                .as("a supervisor does not sign an enterprise's permit").isIn(403, 404);
    }

    @Test
    void theGuardianTakesAPermitBackWithTheReasonAndTheWorkStops() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = signerOfEveryBlock(enterprise);
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(
                TestSignatures.confinedSpaceApplication(safety))));
        for (String step : List.of("WORK_LEADER", "UNIT")) {
            ok(safety.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD)));
        }
        ok(safety.post(path(id, "measures"), TestSignatures.measures(15, 5)));
        ok(safety.post(path(id, "gas-analyses"), TestSignatures.passingAnalysis()));
        ok(safety.post(path(id, "start"), Map.of()));

        Response unexplained = safety.post(path(id, "revoke"), Map.of("remark", " "));
        assertThat(unexplained.status()).as(unexplained.body()).isEqualTo(400);
        assertThat(unexplained.json().path("errors").path(0).path("field").asString()).isEqualTo("remark");
        JsonNode revoked = ok(safety.post(path(id, "revoke"), Map.of("remark", "釜内氧含量下降，监护人收回作业票")));
        assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");
        assertThat(lastRecord(revoked).path("kind").asString()).isEqualTo("REVOKED");
        assertThat(lastRecord(revoked).path("body").asString()).contains("监护人收回作业票");
        assertThat(safety.post(path(id, "resume"), Map.of()).status()).as("taken back: the work stays stopped")
                .isEqualTo(422);
        assertThat(safety.post(path(id, "revoke"), Map.of("remark", "again")).status()).isEqualTo(422);
        assertThat(ok(safety.get(path(id, "verification"))).path("valid").asBoolean()).isTrue();
        assertThat(TestEnterprise.register(port).safetyManager(port).post(path(id, "revoke"), Map.of("remark", "x"))
                .status()).isEqualTo(404);
    }

    @Test
    void aPermitIsKeptAtLeastAYear() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(
                TestSignatures.confinedSpaceApplication(safety))));
        assertThatThrownBy(() -> jdbc.sql("delete from permit_record where permit_id = cast(:id as uuid)")
                .param("id", id).update()).hasMessageContaining("kept at least a year");
        assertThatThrownBy(() -> jdbc.sql("delete from work_permit where id = cast(:id as uuid)").param("id", id)
                .update()).hasMessageContaining("B.3");

        jdbc.sql("update work_permit set applied_at = applied_at - interval '366 days' where id = cast(:id as uuid)")
                .param("id", id).update();
        jdbc.sql("delete from permit_record where permit_id = cast(:id as uuid)").param("id", id).update();
        assertThat(jdbc.sql("delete from work_permit where id = cast(:id as uuid)").param("id", id).update())
                .as("a year later it may go").isEqualTo(1);
    }

    @Test
    void permitsAreListedInTheirEnterprisesScope() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = signerOfEveryBlock(enterprise);
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));
        JsonNode page = ok(safety.get("/api/v1/permits?type=CONFINED_SPACE&q=反应釜"));
        assertThat(page.path("content").valueStream().map(p -> p.path("id").asString())).contains(id);
        TestEnterprise other = TestEnterprise.register(port);
        assertThat(ok(other.safetyManager(port).get("/api/v1/permits")).path("content").valueStream()
                .map(p -> p.path("id").asString())).doesNotContain(id);
        assertThat(other.safetyManager(port).get("/api/v1/permits/" + id).status()).isEqualTo(404);
    }

    @Test
    void theLedgerListsTheScopesPermitsWithTheirSignaturesAsExcel() throws IOException {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port); // 作业负责人 and 所在单位 of confined space by default
        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));
        for (String step : List.of("WORK_LEADER", "UNIT")) {
            ok(safety.post(path(id, "signatures"), TestSignatures.signature(step, ApiClient.DEMO_PASSWORD)));
        }
        ok(safety.post(path(id, "gas-analyses"), TestSignatures.passingAnalysis()));
        String number = ok(safety.get("/api/v1/permits/" + id)).path("number").asString();

        HttpResponse<byte[]> export = safety.getBytes("/api/v1/permits/export.xlsx?type=CONFINED_SPACE");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E7%89%B9%E6%AE%8A%E4%BD%9C%E4%B8%9A%E7%A5%A8%E5%8F%B0%E8%B4%A6.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("特殊作业票台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("作业票编号");
            assertThat(sheet.getLastRowNum()).as("one permit of this enterprise").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(number);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("受限空间作业");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("已批准");
            assertThat(row.getCell(10).getStringCellValue()).startsWith(enterprise.safetyManager());
            assertThat(row.getCell(11).getStringCellValue()).startsWith("合格");
        }
        TestEnterprise other = TestEnterprise.register(port);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                other.safetyManager(port).getBytes("/api/v1/permits/export.xlsx").body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("another enterprise's ledger").isZero();
        }
    }

    private static String openSslSm3(String text) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "dgst", "-sm3", "-r").start();
        openssl.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        openssl.getOutputStream().close();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor()).as(out).isZero();
        return out.split(" ")[0].trim();
    }

    private static JsonNode lastRecord(JsonNode permit) {
        JsonNode records = permit.path("records");
        return records.path(records.size() - 1);
    }

    @Test
    void theSafetyMeasureChecklistsHaveThe106ItemsOfAppendixAAndEveryItemIsAnswered() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Map<String, Integer> counts = Map.of("HOT_WORK", 16, "CONFINED_SPACE", 15, "BLIND_PLATE", 11, "HEIGHT", 15,
                "LIFTING", 20, "TEMPORARY_POWER", 14, "EXCAVATION", 11, "ROAD_BREAKING", 4);
        int total = 0;
        for (Map.Entry<String, Integer> type : counts.entrySet()) {
            JsonNode items = ok(safety.get("/api/v1/permits/rules/safety-measures?type=" + type.getKey()));
            assertThat(items.size()).as(type.getKey()).isEqualTo(type.getValue());
            total += items.size();
        }
        assertThat(total).isEqualTo(106);
        assertThat(safety.get("/api/v1/permits/rules/safety-measures?type=SWIMMING").status()).isEqualTo(400);

        String id = created(safety.post("/api/v1/permits", TestPermitForms.filled(TestSignatures.confinedSpaceApplication(safety))));
        Response missing = safety.post(path(id, "measures"), TestSignatures.measures(14, 0));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.json().path("errors").path(0).path("field").asString()).isEqualTo("items");
        Map<String, Object> unconfirmed = new java.util.HashMap<>(TestSignatures.measures(15, 0));
        List<Object> items = new java.util.ArrayList<>((List<?>) unconfirmed.get("items"));
        items.set(6, Map.of("number", 7, "involved", true));
        unconfirmed.put("items", items);
        Response noConfirmer = safety.post(path(id, "measures"), unconfirmed);
        assertThat(noConfirmer.status()).as(noConfirmer.body()).isEqualTo(400);
        assertThat(noConfirmer.json().path("errors").path(0).path("field").asString()).isEqualTo("items[6].confirmedBy");
        JsonNode confirmed = ok(safety.post(path(id, "measures"), TestSignatures.measures(15, 7)));
        JsonNode record = confirmed.path("records").path(1);
        assertThat(record.path("kind").asString()).isEqualTo("MEASURES_CONFIRMED");
        assertThat(record.path("body").asString()).contains("\"confirmedBy\":\"张确认\"", "气体检测仪");
    }

    /**
     * A user whose roles sign every block of a hot-work chain by default: the safety manager's blocks, the 特级
     * approver (the principal) and the shift leader's check before ignition.
     */
    private ApiClient signerOfEveryBlock(TestEnterprise enterprise) {
        return enterprise.newUser(port, "SAFETY_MANAGER", "SHIFT_LEADER", "ENTERPRISE_PRINCIPAL");
    }

    private static String path(String id, String action) {
        return "/api/v1/permits/" + id + "/" + action;
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
