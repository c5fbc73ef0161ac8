package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.referenceId;
import static org.chemsafe.support.RegistryFixtures.tank;
import static org.chemsafe.support.RegistryFixtures.unit;
import static org.chemsafe.support.TestWorkbooks.headers;
import static org.chemsafe.support.TestWorkbooks.row;
import static org.chemsafe.support.TestWorkbooks.rowsOf;
import static org.chemsafe.support.TestWorkbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Excel import and export of points over real HTTP, all or nothing like the registry: a template with Chinese
 * headers and dropdowns; new tags registered and existing ones updated, linked objects named by their codes, gas
 * detectors given their GB/T 50493-2019 defaults; an export that imports again unchanged; every bad cell listed and
 * nothing written; bad files and callers refused.
 */
@PlatformTest
class PointExcelApiTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("位号", "名称", "指标类型", "单位", "量程下限", "量程上限", "低低报",
            "低报", "高报", "高高报", "死区", "上报周期（秒）", "报警延时（秒）", "消警延时（秒）", "关联对象类型", "关联对象编码",
            "网关编码", "国家指标编码", "平面图 X", "平面图 Y", "启用");

    @LocalServerPort
    int port;

    @Test
    void theTemplateHasChineseHeadersDropdownsAndNotes() throws IOException {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        HttpResponse<byte[]> template = safety.getBytes("/api/v1/points/import-template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet points = workbook.getSheet("位号");
            assertThat(headers(points)).isEqualTo(HEADERS);
            assertThat(points.getDataValidations()).as("type, object kind and enabled offer their lists").hasSize(3);
            assertThat(rowsOf(workbook.getSheet("说明")).stream().flatMap(List::stream))
                    .anyMatch(cell -> cell.contains("GB/T 50493-2019 5.5.2")).contains("LT-101");
        }
    }

    @Test
    void anImportRegistersAndUpdatesByTagAndItsExportImportsAgainUnchanged() throws IOException {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String unit = created(safety.post("/api/v1/units", unit("PRODUCTION_UNIT", "PU-01", "合成氨装置")));
        String farm = created(safety.post("/api/v1/units", unit("TANK_FARM", "TF-01", "液氨罐区")));
        String tankId = created(safety.post("/api/v1/units/" + farm + "/tanks",
                tank("V-101", referenceId(safety, "7664-41-7"), "50", "0.85")));
        created(safety.post("/api/v1/points", Map.of("tag", "TT-001", "name", "旧名称", "indicatorType", "TEMPERATURE")));

        Response imported = upload(safety, xlsx(Map.of("位号", List.of(HEADERS,
                row("LT-101", "液氨储罐液位", "液位", "m", 0, 20, null, 2, 16, 18, 0.2, 10, null, null, "储罐",
                        "TF-01/V-101", "GW01"),
                row("GT-201", "装置可燃气体", "可燃气体", "%LEL", 0, 100, null, null, null, null, null, 5, 30, 60, "生产装置",
                        "PU-01", null, null, 120.5, 80),
                row("PT-301", "出口压力", "PRESSURE", "MPa", 0, 4, null, null, 3.2, 3.6, null, null, null, null, null,
                        null, null, null, null, null, "否"),
                row("TT-001", "反应温度", "温度")))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isEqualTo(3);
        assertThat(imported.json().path("updated").asInt()).isEqualTo(1);

        JsonNode detector = only(safety, "GT-201");
        assertThat(detector.path("onDelaySeconds").asInt()).as("the alarm delays come in too").isEqualTo(30);
        assertThat(detector.path("offDelaySeconds").asInt()).isEqualTo(60);
        assertThat(detector.path("limits").path("high").decimalValue()).as("GB/T 50493-2019 5.5.2 level 1")
                .isEqualByComparingTo("25");
        assertThat(detector.path("limits").path("highHigh").decimalValue()).isEqualByComparingTo("50");
        assertThat(detector.path("linkedObject").path("id").asString()).isEqualTo(unit);
        assertThat(detector.path("position").path("x").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(only(safety, "LT-101").path("linkedObject").path("id").asString()).isEqualTo(tankId);
        assertThat(only(safety, "PT-301").path("enabled").asBoolean()).isFalse();
        assertThat(only(safety, "TT-001").path("name").asString()).isEqualTo("反应温度");

        HttpResponse<byte[]> export = safety.getBytes("/api/v1/points/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            rows = rowsOf(workbook.getSheet("位号"));
        }
        assertThat(rows.get(0)).isEqualTo(HEADERS);
        assertThat(rows).anySatisfy(cells -> assertThat(cells.subList(0, 16)).containsExactly("LT-101", "液氨储罐液位",
                "液位", "m", "0", "20", "", "2", "16", "18", "0.2", "10", "", "", "储罐", "TF-01/V-101"));
        Response again = upload(safety, export.body());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("unchanged").asInt()).as("an export imports again unchanged").isEqualTo(4);

        List<List<?>> edited = new ArrayList<>(rows);
        List<String> renamed = new ArrayList<>(rows.get(1));
        renamed.set(1, renamed.get(1) + "（改）");
        edited.set(1, renamed);
        Response changed = upload(safety, xlsx(Map.of("位号", edited)));
        assertThat(changed.json().path("updated").asInt()).as(changed.body()).isEqualTo(1);
        assertThat(changed.json().path("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void everyBadCellIsListedAndNothingIsWritten() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        Response rejected = upload(safety, xlsx(Map.of("位号", List.of(HEADERS,
                row("LT-1", "液位一", "液位", "m", 0, 10),
                row("LT-1", "重复", "液位"),
                row("HT-1", "湿度", "湿度"),
                row("PT-1", "压力", "压力", "MPa", 0, 4, null, 3, 2),
                row("PT-2", "压力", "压力", null, null, null, null, null, null, null, null, 1.5, 2.5, null, "生产装置",
                        "PU-404"),
                row("PT 3", "压力", "压力", null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, 10),
                row(null, null, "压力")))));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        JsonNode errors = rejected.json().path("errors");
        assertThat(errors.valueStream().map(error -> error.path("cell").asString() + " " + error.path("code")
                .asString())).contains("A3 duplicate", "C4 unknownValue", "L6 typeMismatch", "M6 typeMismatch",
                        "P6 reference.unknown", "T7 required", "A8 required", "B8 required");
        assertThat(errors.valueStream().map(error -> error.path("row").asInt() + " " + error.path("field").asString()))
                .contains("5 high", "7 tag");
        assertThat(safety.get("/api/v1/points").json().path("totalElements").asInt()).as("nothing written")
                .isZero();
    }

    @Test
    void badFilesAndCallersAreRefusedClearly() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        Response notExcel = safety.postFile("/api/v1/points/imports", "file", "points.xlsx",
                "tag,name".getBytes(StandardCharsets.UTF_8), XLSX);
        assertThat(notExcel.status()).as(notExcel.body()).isEqualTo(415);
        Response empty = upload(safety, xlsx(Map.of("位号", List.of(HEADERS))));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("errors").get(0).path("code").asString()).isEqualTo("sheet.no-rows");

        ApiClient district = ApiClient.loggedIn(port, "district");
        assertThat(district.postFile("/api/v1/points/imports?enterpriseId=" + enterprise.id(), "file", "p.xlsx",
                xlsx(Map.of("位号", List.of(HEADERS, row("LT-9", "液位", "液位")))), XLSX).status())
                .as("a supervisor reads only").isEqualTo(403);
        assertThat(district.getBytes("/api/v1/points/export.xlsx?enterpriseId=" + enterprise.id()).statusCode())
                .isEqualTo(200);
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.getBytes("/api/v1/points/export.xlsx?enterpriseId=" + enterprise.id()).statusCode())
                .as("another enterprise's points are not found").isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "platform").get("/api/v1/points/export.xlsx").status())
                .as("the platform names the enterprise").isEqualTo(422);
    }

    private static Response upload(ApiClient client, byte[] workbook) {
        return client.postFile("/api/v1/points/imports", "file", "points.xlsx", workbook, XLSX);
    }

    private static JsonNode only(ApiClient reader, String tag) {
        JsonNode found = reader.get("/api/v1/points?q=" + tag).json().path("content");
        assertThat(found.size()).isEqualTo(1);
        return found.get(0);
    }
}
