package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestPermitForms;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Appendix A form fields as data: a type's fields listed in the form's order, an application missing a required
 * one or giving a bad one refused with every such field named as {@code details.<key>}, and the filled form kept in
 * the hash-chained application and printed on the permit.
 */
@PlatformTest
class PermitFormFieldsApiTests {

    @LocalServerPort
    int port;

    @Test
    void aBlindPlateFormIsListedCheckedFieldByFieldAndPrinted() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        JsonNode fields = safety.get("/api/v1/permits/rules/form-fields?type=BLIND_PLATE").json();
        assertThat(fields.valueStream().map(f -> f.path("key").asString())).containsExactly("applicantUnit",
                "workUnit", "workLeader", "riskIdentification", "briefedBy", "briefedTo", "plateOperation",
                "equipmentName", "medium", "temperatureCelsius", "pressureMpa", "plateMaterial", "plateSpec",
                "plateNumber");
        JsonNode operation = fields.get(6);
        assertThat(operation.path("kind").asString()).isEqualTo("CHOICE");
        assertThat(operation.path("choices").valueStream().map(JsonNode::asString)).containsExactly("INSERT",
                "REMOVE");
        assertThat(operation.path("label").asString()).isEqualTo("作业类别（堵/抽）");
        assertThat(safety.get("/api/v1/permits/rules/form-fields?type=SWIMMING").status()).isEqualTo(400);

        Map<String, Object> application = application(safety);
        application.put("details", Map.of());
        Response empty = safety.post("/api/v1/permits", application);
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().path("errors").valueStream().map(e -> e.path("field").asString())).containsExactly(
                "details.workUnit", "details.workLeader", "details.riskIdentification", "details.plateOperation",
                "details.equipmentName", "details.medium", "details.temperatureCelsius", "details.pressureMpa",
                "details.plateMaterial", "details.plateSpec", "details.plateNumber");

        Map<String, Object> bad = TestPermitForms.details("BLIND_PLATE");
        bad.put("plateOperation", "CUT");
        bad.put("pressureMpa", "高压");
        bad.put("temperatureCelsius", "-5");
        bad.put("workLeader", "长".repeat(65));
        bad.put("shoeSize", "42");
        application.put("details", bad);
        Response refused = safety.post("/api/v1/permits", application);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("details.shoeSize", "details.workLeader", "details.plateOperation",
                        "details.temperatureCelsius", "details.pressureMpa");

        application.put("details", TestPermitForms.details("BLIND_PLATE"));
        Response applied = safety.post("/api/v1/permits", application);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String id = applied.json().path("id").asString();
        assertThat(applied.json().path("records").get(0).path("body").asString()).contains("\"plateNumber\":\"MB-001\"");
        HttpResponse<byte[]> pdf = safety.getBytes("/api/v1/permits/" + id + "/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("作业票栏目", "盲板编号", "MB-001", "堵盲板",
                    "作业负责人", "张负责", "管道压力（MPa）", "0.2");
        }
    }

    @Test
    void specialGradeHotWorkIsBoundToACameraWhoseRecordingIsKeptAMonth() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant end = start.plus(4, ChronoUnit.HOURS);
        Map<String, Object> facts = Map.of("type", "HOT_WORK", "fireExplosionArea", true, "equipmentInOperation", true,
                "plannedStart", start.toString(), "plannedEnd", end.toString());
        assertThat(safety.post("/api/v1/permits/rules/classify", facts).json().path("grade").asString())
                .isEqualTo("SPECIAL");
        Map<String, Object> application = new HashMap<>(Map.of("location", "氯化装置", "content", "在用管线带压焊补",
                "guardianId", TestPeople.trainedGuardian(safety), "facts", facts, "details",
                TestPermitForms.details("HOT_WORK")));
        Response unwatched = safety.post("/api/v1/permits", application);
        assertThat(unwatched.status()).as(unwatched.body()).isEqualTo(422);
        assertThat(unwatched.json().path("detail").asString()).contains("视频", "5.2.11");
        application.put("camera", Map.of("code", " "));
        assertThat(safety.post("/api/v1/permits", application).status()).isEqualTo(400);

        application.put("camera", Map.of("code", "37010200001310000123", "name", "氯化装置防爆球机"));
        Response applied = safety.post("/api/v1/permits", application);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.json().path("records").get(0).path("body").asString()).contains(
                "\"code\":\"37010200001310000123\"", "\"recordingKeepUntil\":\"" + end.plus(31, ChronoUnit.DAYS)
                        + "\"");
        HttpResponse<byte[]> pdf = safety.getBytes("/api/v1/permits/" + applied.json().path("id").asString() + "/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("视频监控", "37010200001310000123", "录像保存至");
        }
    }

    private Map<String, Object> application(ApiClient safety) {
        Instant now = Instant.now();
        return new HashMap<>(Map.of("location", "甲醇管线阀组", "content", "加盲板", "pipeline", "P-301",
                "guardianId", TestPeople.trainedGuardian(safety), "facts", Map.of("type", "BLIND_PLATE",
                        "plannedStart", now.toString(), "plannedEnd", now.plus(4, ChronoUnit.HOURS).toString())));
    }
}
