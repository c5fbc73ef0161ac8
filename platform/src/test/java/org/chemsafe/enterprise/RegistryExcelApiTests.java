package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.TestWorkbooks.headers;
import static org.chemsafe.support.TestWorkbooks.row;
import static org.chemsafe.support.TestWorkbooks.rowsOf;
import static org.chemsafe.support.TestWorkbooks.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestWorkbooks.Formula;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel templates, imports and exports of the registry over real HTTP. Workbooks are built here with POI. Codes start
 * with XL- so that the other tests sharing the database are not touched.
 */
@PlatformTest
class RegistryExcelApiTests {

    private static final String CHEMICALS = "枣庄示范化工有限公司";
    private static final String STATION = "山亭示范加油站";
    private static final List<String> UNIT_HEADERS = List.of("单元编号", "单元名称", "单元类型", "重点监管危险化工工艺", "运行状态");
    private static final List<String> TANK_HEADERS = List.of("罐区编号", "储罐编号", "储罐类型", "容积(m³)", "储存介质",
            "设计压力(MPa)", "设计温度(℃)", "最大充装系数");
    private static final List<String> INVENTORY_HEADERS = List.of("单元编号", "化学品（名称或CAS号）", "设计最大量(t)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void templatesOpenInExcelWithChineseHeadersNotesAndAnExampleOutsideTheDataSheet() throws IOException {
        Session safety = Session.login(port, "safety");
        Map<String, List<String>> expected = Map.of("units", UNIT_HEADERS, "tanks", TANK_HEADERS,
                "inventory", INVENTORY_HEADERS);
        Map<String, String> sheetNames = Map.of("units", "单元", "tanks", "储罐", "inventory", "存量");
        for (String kind : List.of("units", "tanks", "inventory")) {
            HttpResponse<byte[]> response = safety.get("/api/v1/registry/templates/" + kind + ".xlsx");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                XSSFSheet data = workbook.getSheet(sheetNames.get(kind));
                assertThat(data).as(kind).isNotNull();
                assertThat(headers(data)).isEqualTo(expected.get(kind));
                assertThat(data.getLastRowNum()).as("no example in the data sheet").isZero();
                assertThat(data.getPaneInformation().isFreezePane()).isTrue();
                assertThat(data.getRow(0).getCell(0).getCellComment()).isNotNull();
                Sheet notes = workbook.getSheet("说明");
                assertThat(notes).isNotNull();
                assertThat(rowsOf(notes)).anySatisfy(row -> assertThat(row).isEqualTo(expected.get(kind)));
            }
        }
        try (XSSFWorkbook units = new XSSFWorkbook(new ByteArrayInputStream(
                safety.get("/api/v1/registry/templates/units.xlsx").body()))) {
            String dropdown = units.getSheet("单元").getDataValidations().stream()
                    .filter(validation -> validation.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
                    .map(validation -> String.join(",", validation.getValidationConstraint().getExplicitListValues()))
                    .findFirst().orElse("");
            assertThat(dropdown).isEqualTo("生产装置,罐区,仓库,装卸栈台");
            assertThat(rowsOf(units.getSheet("说明")))
                    .anySatisfy(row -> assertThat(row).startsWith("PU-01", "氯化装置", "生产装置"));
        }
        try (XSSFWorkbook all = new XSSFWorkbook(new ByteArrayInputStream(
                safety.get("/api/v1/registry/templates/registry.xlsx").body()))) {
            assertThat(List.of(all.getSheetName(0), all.getSheetName(1), all.getSheetName(2), all.getSheetName(3)))
                    .containsExactly("单元", "储罐", "存量", "说明");
        }
        assertThat(safety.get("/api/v1/registry/templates/spaceships.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void goodFilesOfEachKindImportAndExistingCodesAreUpdated() {
        Session safety = Session.login(port, "safety");
        UUID enterprise = enterpriseId(CHEMICALS);
        Response units = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("单元", List.of(UNIT_HEADERS,
                row("XL-TF-01", "一号罐区", "罐区"),
                row("XL-WH-01", "甲类仓库", "仓库"),
                row("XL-PU-01", "氯化装置", "生产装置", "氯化工艺；Hydrogenation", "运行"),
                row(101, "装卸栈台", "LOADING_RACK")))));
        assertThat(units.status()).as(units.body()).isEqualTo(200);
        assertThat(units.json().path("created").asInt()).isEqualTo(4);
        assertThat(units.json().path("rows").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select kind from hazard_unit where enterprise_id = :e and code = 'XL-TF-01'")
                .param("e", enterprise).query(String.class).single()).isEqualTo("TANK_FARM");
        assertThat(jdbc.sql("""
                select array_to_string(hazardous_processes, ',') || '/' || status from hazard_unit
                where enterprise_id = :e and code = 'XL-PU-01'""").param("e", enterprise).query(String.class).single())
                .isEqualTo("CHLORINATION,HYDROGENATION/RUNNING");
        assertThat(jdbc.sql("select count(*) from hazard_unit where enterprise_id = :e and code = '101'")
                .param("e", enterprise).query(Long.class).single()).as("a number cell read as a code").isOne();

        Response tanks = safety.upload("/api/v1/registry/imports/tanks", xlsx(Map.of("储罐", List.of(TANK_HEADERS,
                row("XL-TF-01", "XL-V-1", "卧式罐", 50, "7782-50-5", 1.6, 50, 0.85),
                row("XL-TF-01", "XL-V-2", "球罐", "1,000.5", "液氨", null, null, new Formula("0.4+0.45", 0.85))))));
        assertThat(tanks.status()).as(tanks.body()).isEqualTo(200);
        assertThat(tanks.json().path("created").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select volume_m3 from tank where enterprise_id = :e and code = 'XL-V-2'")
                .param("e", enterprise).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1000.5");
        assertThat(jdbc.sql("select max_fill_ratio from tank where enterprise_id = :e and code = 'XL-V-2'")
                .param("e", enterprise).query(java.math.BigDecimal.class).single())
                .as("the cached result of a formula").isEqualByComparingTo("0.85");
        UUID farm = jdbc.sql("select id from hazard_unit where enterprise_id = :e and code = 'XL-TF-01'")
                .param("e", enterprise).query(UUID.class).single();
        long listeners = jdbc.sql("""
                select count(distinct listener_id) from event_publication where event_type like '%UnitInventoryChanged'""")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :farm")
                .param("farm", "%" + farm + "%").query(Long.class).single())
                .as("the farm is announced at most once for the whole file (publications are deleted once completed)")
                .isLessThanOrEqualTo(listeners);

        Response inventory = safety.upload("/api/v1/registry/imports/inventory", xlsx(Map.of("存量", List.of(
                INVENTORY_HEADERS,
                row("XL-WH-01", "氨", 20),
                row("XL-TF-01", "7782-50-5", null)))));
        assertThat(inventory.status()).as(inventory.body()).isEqualTo(200);
        assertThat(inventory.json().path("created").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from inventory_item i join hazard_unit u on u.id = i.unit_id
                where u.enterprise_id = :e and u.code = 'XL-TF-01' and i.design_max_tonnes is null""")
                .param("e", enterprise).query(Long.class).single()).as("blank: derived from the tanks").isOne();

        Response again = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("单元", List.of(UNIT_HEADERS,
                row("XL-TF-01", "一号罐区（改）", "罐区"),
                row("XL-WH-01", "甲类仓库", "仓库"),
                row("XL-PU-01", "氯化装置", "生产装置", "氯化工艺；加氢工艺", "检修")))));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("updated").asInt()).isEqualTo(2);
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select name from hazard_unit where enterprise_id = :e and code = 'XL-TF-01'")
                .param("e", enterprise).query(String.class).single()).isEqualTo("一号罐区（改）");
        assertThat(jdbc.sql("""
                select count(*) from production_status_change c join hazard_unit u on u.id = c.unit_id
                where u.enterprise_id = :e and u.code = 'XL-PU-01' and c.to_status = 'OVERHAUL'""")
                .param("e", enterprise).query(Long.class).single()).as("recorded in the status history").isOne();

        Map<String, List<? extends List<?>>> unitsOnly = new LinkedHashMap<>();
        unitsOnly.put("单元", List.of(UNIT_HEADERS, row("XL-WH-02", "乙类仓库", "仓库")));
        unitsOnly.put("储罐", List.of(TANK_HEADERS));
        unitsOnly.put("存量", List.of());
        Response partial = safety.upload("/api/v1/registry/imports/registry", xlsx(unitsOnly));
        assertThat(partial.status()).as("sheets without rows are left alone").isEqualTo(200);
        assertThat(partial.json().path("rows").asInt()).isOne();

        Response titled = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("单元", List.of(
                List.of("危险单元登记表"), UNIT_HEADERS, row("XL-WH-03", "丙类仓库", "仓库")))));
        assertThat(titled.status()).as("a title above the headers is skipped").isEqualTo(200);
        assertThat(titled.json().path("created").asInt()).isOne();

        Response kindChange = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("单元", List.of(UNIT_HEADERS,
                row("XL-WH-01", "甲类仓库", "罐区")))));
        assertThat(kindChange.status()).isEqualTo(422);
        assertThat(kindChange.json().path("errors").get(0).path("code").asString()).isEqualTo("unit.kind.unchangeable");
    }

    @Test
    void aFileWithBadRowsIsRejectedAsAWholeListingEveryBadCellAndNothingIsWritten() {
        Session safety = Session.login(port, "safety");
        UUID enterprise = enterpriseId(CHEMICALS);
        long unitsBefore = count("hazard_unit", enterprise);
        long tanksBefore = count("tank", enterprise);
        long itemsBefore = count("inventory_item", enterprise);
        Map<String, List<? extends List<?>>> sheets = new LinkedHashMap<>();
        sheets.put("单元", List.of(UNIT_HEADERS,
                row("XL-BAD-TF", "新罐区", "罐区"),                // 2: good
                row("XL-BAD-X", "飞船", "宇宙飞船"),                // 3: bad enum
                row(null, "无编号仓库", "仓库"),                    // 4: missing code
                row("XL-BAD-TF", "重复罐区", "罐区"),               // 5: duplicate code in the file
                row("XL-BAD-WH", "仓库", "仓库", "氯化工艺"),        // 6: processes on a warehouse
                row("XL BAD", "空格", "仓库", null, "飞行")));       // 7: code pattern, bad status
        sheets.put("储罐", List.of(TANK_HEADERS,
                row("XL-BAD-TF", "T-1", "卧式罐", 10, "氯", null, null, 0.8),          // 2: good
                row("XL-BAD-TF", "T-2", "卧式罐", -5, null, null, null, 0.8),          // 3: negative volume
                row("XL-BAD-TF", "T-3", "卧式罐", 10, null, null, null, 1.5),          // 4: fill ratio 1.5
                row("XL-NO-FARM", "T-4", "卧式罐", 10, null, null, null, 0.8),         // 5: unknown tank farm
                row("XL-BAD-TF", "T-5", "卧式罐", 10, "永生药水", null, null, 0.8),     // 6: unknown chemical
                row("XL-BAD-TF", "T-6", "卧式罐", 10, "硝化棉", null, null, 0.8),       // 7: ambiguous chemical
                row("XL-BAD-TF", "T-1", "卧式罐", 10, null, null, null, 0.8),          // 8: duplicate tank
                row("XL-BAD-TF", "T-8", "卧式罐", "十立方", "7782-50-4", null, null, 0.8))); // 9: text, bad CAS
        sheets.put("存量", List.of(INVENTORY_HEADERS,
                row("XL-BAD-TF", "氯", null),           // 2: good (derived)
                row("XL-NOWHERE", "氯", 1),             // 3: unknown unit
                row("XL-BAD-TF", "9004-70-0", 1),       // 4: ambiguous CAS
                row("XL-BAD-TF", "7782-50-5", 2)));     // 5: duplicate chemical (氯 by CAS)
        Response rejected = safety.upload("/api/v1/registry/imports/registry", xlsx(sheets));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.problemType()).isEqualTo("rule-violation");
        JsonNode errors = rejected.json().path("errors");
        List<String> found = new ArrayList<>();
        errors.forEach(error -> found.add(error.path("sheet").asString() + ":" + error.path("row").asInt() + ":"
                + error.path("field").asString() + ":" + error.path("code").asString()));
        assertThat(found).contains(
                "单元:3:kind:unknownValue",
                "单元:4:code:required",
                "单元:5:code:duplicate",
                "单元:6:hazardousProcesses:unit.production-only-fields",
                "单元:7:code:Pattern",
                "单元:7:status:unknownValue",
                "储罐:3:volumeM3:DecimalMin",
                "储罐:4:maxFillRatio:DecimalMax",
                "储罐:5:tankFarm:reference.unknown",
                "储罐:6:chemical:chemical.unknown",
                "储罐:7:chemical:chemical.ambiguous",
                "储罐:8:code:duplicate",
                "储罐:9:volumeM3:typeMismatch",
                "储罐:9:chemical:chemical.cas-invalid",
                "存量:3:unit:reference.unknown",
                "存量:4:chemical:chemical.ambiguous",
                "存量:5:chemical:duplicate");
        assertThat(found).noneMatch(error -> error.matches("单元:2:.*|储罐:2:.*|存量:2:.*"));
        assertThat(rejected.json().path("errorCount").asInt()).isEqualTo(errors.size());
        JsonNode volume = errors.valueStream().filter(error -> error.path("field").asString().equals("volumeM3"))
                .findFirst().orElseThrow();
        assertThat(volume.path("column").asString()).isEqualTo("容积(m³)");
        assertThat(volume.path("cell").asString()).isEqualTo("D3");
        assertThat(volume.path("message").asString()).isNotBlank();
        JsonNode ambiguous = errors.valueStream().filter(error -> error.path("code").asString()
                .equals("chemical.ambiguous")).findFirst().orElseThrow();
        assertThat(ambiguous.path("message").asString()).contains("硝化棉", "硝化纤维素");

        assertThat(count("hazard_unit", enterprise)).as("nothing written").isEqualTo(unitsBefore);
        assertThat(count("tank", enterprise)).isEqualTo(tanksBefore);
        assertThat(count("inventory_item", enterprise)).isEqualTo(itemsBefore);
        assertThat(jdbc.sql("select count(*) from hazard_unit where code like 'XL-BAD%'").query(Long.class).single())
                .isZero();

        Response english = safety.header("Accept-Language", "en").upload("/api/v1/registry/imports/units",
                xlsx(Map.of("单元", List.of(UNIT_HEADERS, row("XL-EN", "x", "spaceship")))));
        assertThat(english.json().path("errors").get(0).path("message").asString()).contains("is not a value of");
    }

    @Test
    void unreadableFilesAreRefusedWithClearProblems() throws IOException {
        Session safety = Session.login(port, "safety");
        Response text = safety.upload("/api/v1/registry/imports/units", "单元编号,单元名称\nA,B".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).as(text.body()).isEqualTo(415);
        assertThat(text.json().path("detail").asString()).contains(".xlsx");

        byte[] corrupt = Arrays.copyOf(xlsx(Map.of("单元", List.of(UNIT_HEADERS, row("XL-C", "c", "仓库")))), 600);
        Response damaged = safety.upload("/api/v1/registry/imports/units", corrupt);
        assertThat(damaged.status()).as(damaged.body()).isEqualTo(400);
        assertThat(damaged.problemType()).isEqualTo("malformed-request");

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("单元").createRow(0).createCell(0).setCellValue("单元编号");
            legacy.write(xls);
        }
        Response old = safety.upload("/api/v1/registry/imports/units", xls.toByteArray());
        assertThat(old.status()).as(old.body()).isEqualTo(415);
        assertThat(old.json().path("detail").asString()).contains(".xls");

        Response locked = safety.upload("/api/v1/registry/imports/units",
                encrypted(xlsx(Map.of("单元", List.of(UNIT_HEADERS, row("XL-P", "p", "仓库"))))));
        assertThat(locked.status()).as(locked.body()).isEqualTo(422);
        assertThat(locked.json().path("detail").asString()).contains("密码");

        List<List<?>> many = new ArrayList<>();
        many.add(UNIT_HEADERS);
        for (int i = 0; i < 5_001; i++) {
            many.add(row("XL-MANY-" + i, "单元" + i, "仓库"));
        }
        Response tooMany = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("单元", many)));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(422);
        assertThat(tooMany.json().path("detail").asString()).contains("5,000");
        assertThat(jdbc.sql("select count(*) from hazard_unit where code like 'XL-MANY-%'").query(Long.class).single())
                .isZero();

        byte[] big = new byte[6_000_000];
        new Random(7).nextBytes(big);
        Response oversized = safety.upload("/api/v1/registry/imports/units", big);
        assertThat(oversized.status()).as(oversized.body()).isEqualTo(413);

        Response empty = safety.upload("/api/v1/registry/imports/units", new byte[0]);
        assertThat(empty.status()).isEqualTo(415);

        Response noResult = safety.upload("/api/v1/registry/imports/tanks", xlsx(Map.of("储罐", List.of(TANK_HEADERS,
                row("XL-TF-01", "XL-F-1", "卧式罐", 10, null, null, null, new Formula("0.4+0.4", null))))));
        assertThat(noResult.status()).as(noResult.body()).isEqualTo(422);
        assertThat(noResult.json().path("errors").valueStream().map(error -> error.path("code").asString()))
                .contains("cell.formula");

        Response headerOnly = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("单元", List.of(UNIT_HEADERS))));
        assertThat(headerOnly.status()).isEqualTo(422);
        assertThat(headerOnly.json().path("errors").get(0).path("code").asString()).isEqualTo("sheet.no-rows");

        Response missingColumn = safety.upload("/api/v1/registry/imports/units", xlsx(Map.of("Sheet1", List.of(
                List.of("单元编号", "单元名称"), row("XL-M", "m")))));
        assertThat(missingColumn.status()).isEqualTo(422);
        assertThat(missingColumn.json().path("errors").get(0).path("code").asString()).isEqualTo("column.missing");
        assertThat(missingColumn.json().path("errors").get(0).path("column").asString()).isEqualTo("单元类型");
    }

    @Test
    void importsAndExportsStayInsideTheScope() throws IOException {
        UUID chemicals = enterpriseId(CHEMICALS);
        byte[] file = xlsx(Map.of("单元", List.of(UNIT_HEADERS, row("XL-SCOPE", "x", "仓库"))));
        assertThat(Session.login(port, "operator").upload("/api/v1/registry/imports/units", file).status())
                .as("operators read, they do not import").isEqualTo(403);
        assertThat(Session.login(port, "town").upload("/api/v1/registry/imports/units?enterpriseId=" + chemicals, file)
                .status()).as("supervisors read").isEqualTo(403);
        assertThat(Session.login(port, "storage.safety")
                .upload("/api/v1/registry/imports/units?enterpriseId=" + chemicals, file).status()).isEqualTo(403);
        assertThat(Session.login(port, "platform").upload("/api/v1/registry/imports/units", file).status())
                .as("a platform user names the enterprise").isEqualTo(422);

        Session storage = Session.login(port, "storage.safety");
        assertThat(storage.get("/api/v1/registry/exports/units.xlsx?enterpriseId=" + chemicals).statusCode())
                .isEqualTo(404);
        assertThat(storage.get("/api/v1/registry/exports/units.xlsx").statusCode()).isEqualTo(200);
        assertThat(Session.login(port, "station.safety").get("/api/v1/registry/exports/units.xlsx?enterpriseId="
                + UUID.randomUUID()).statusCode()).isEqualTo(404);

        Session town = Session.login(port, "town");
        HttpResponse<byte[]> units = town.get("/api/v1/registry/exports/units.xlsx?enterpriseId=" + chemicals);
        assertThat(units.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(units.body()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("单元", "储罐", "存量");
        }
        assertThat(town.get("/api/v1/registry/exports/units.xlsx?enterpriseId=" + enterpriseId(STATION)).statusCode())
                .as("another town's enterprise").isEqualTo(404);
        HttpResponse<byte[]> registry = town.get("/api/v1/registry/exports/enterprises.xlsx");
        assertThat(registry.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(registry.body()))) {
            List<List<String>> rows = rowsOf(workbook.getSheetAt(0));
            assertThat(rows.get(0)).startsWith("企业名称", "统一社会信用代码", "所属镇街", "地址", "企业类型");
            List<String> names = rows.stream().skip(1).map(row -> row.get(0)).toList();
            assertThat(names).contains(CHEMICALS, "枣庄示范储运有限公司").doesNotContain(STATION);
            assertThat(rows.stream().filter(row -> row.get(0).equals(CHEMICALS)).findFirst().orElseThrow())
                    .contains("91370406MA3CDM0014", "西集镇", "生产");
        }
        HttpResponse<byte[]> own = storage.get("/api/v1/registry/exports/enterprises.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.body()))) {
            assertThat(rowsOf(workbook.getSheetAt(0))).hasSize(2);
        }
    }

    @Test
    void anExportImportedAgainChangesNothing() throws IOException {
        Session platform = Session.login(port, "platform");
        UUID station = enterpriseId(STATION);
        Map<String, List<? extends List<?>>> sheets = new LinkedHashMap<>();
        sheets.put("单元", List.of(UNIT_HEADERS,
                row("XL-RT-TF", "汽油罐区", "罐区"),
                row("XL-RT-PU", "加氢装置", "生产装置", "加氢工艺", "试生产"),
                row("XL-RT-LR", "卸油口", "装卸栈台")));
        sheets.put("储罐", List.of(TANK_HEADERS,
                row("XL-RT-TF", "XL-RT-V1", "内浮顶罐", 30.125, "甲醇", 0.0025, -20.5, 0.9),
                row("XL-RT-TF", "XL-RT-V2", "其他", 0.5, null, null, null, 1)));
        sheets.put("存量", List.of(INVENTORY_HEADERS,
                row("XL-RT-TF", "67-56-1", null),
                row("XL-RT-PU", "氨", 1.2345)));
        Response seeded = platform.upload("/api/v1/registry/imports/registry?enterpriseId=" + station, xlsx(sheets));
        assertThat(seeded.status()).as(seeded.body()).isEqualTo(200);
        assertThat(seeded.json().path("created").asInt()).isEqualTo(7);
        String before = snapshot(station);

        HttpResponse<byte[]> export = platform.get("/api/v1/registry/exports/units.xlsx?enterpriseId=" + station);
        assertThat(export.statusCode()).isEqualTo(200);
        Response again = platform.upload("/api/v1/registry/imports/registry?enterpriseId=" + station, export.body());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("updated").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(again.json().path("rows").asInt());
        assertThat(snapshot(station)).isEqualTo(before);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(rowsOf(workbook.getSheet("存量")))
                    .anySatisfy(row -> assertThat(row).startsWith("XL-RT-TF", "甲醇", "", "汽油罐区"));
        }

        // The enterprise now defines its own 甲醇 (linked to Table 1, with a density): new rows naming 甲醇 get it,
        // while the tank and the item that hold the Table 1 row keep it when the export is imported again.
        String methanol = jdbc.sql("select id from chemical where enterprise_id is null and '67-56-1' = any(cas_numbers)")
                .query(String.class).single();
        ApiClient admin = ApiClient.loggedIn(port, "platform");
        Response own = admin.post("/api/v1/chemicals",
                Map.of("enterpriseId", station.toString(), "referenceChemicalId", methanol, "density", 0.79));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        Response third = platform.upload("/api/v1/registry/imports/registry?enterpriseId=" + station,
                platform.get("/api/v1/registry/exports/units.xlsx?enterpriseId=" + station).body());
        assertThat(third.json().path("created").asInt()).isZero();
        assertThat(third.json().path("updated").asInt()).isZero();
        assertThat(snapshot(station)).isEqualTo(before);
        Response newTank = platform.upload("/api/v1/registry/imports/tanks?enterpriseId=" + station,
                xlsx(Map.of("储罐", List.of(TANK_HEADERS, row("XL-RT-TF", "XL-RT-V3", "卧式罐", 5, "甲醇", null, null, 0.9)))));
        assertThat(newTank.status()).as(newTank.body()).isEqualTo(200);
        assertThat(jdbc.sql("select chemical_id::text from tank where enterprise_id = :e and code = 'XL-RT-V3'")
                .param("e", station).query(String.class).single()).isEqualTo(own.json().path("id").asString());

        Session safety = Session.login(port, "safety");
        UUID demo = enterpriseId(CHEMICALS);
        String demoBefore = snapshot(demo);
        Response demoAgain = safety.upload("/api/v1/registry/imports/registry",
                safety.get("/api/v1/registry/exports/units.xlsx").body());
        assertThat(demoAgain.status()).as(demoAgain.body()).isEqualTo(200);
        assertThat(demoAgain.json().path("created").asInt()).isZero();
        assertThat(demoAgain.json().path("updated").asInt()).isZero();
        assertThat(snapshot(demo)).isEqualTo(demoBefore);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String snapshot(UUID enterprise) {
        return String.join("\n", jdbc.sql("""
                select u.code || '|' || u.kind || '|' || u.name || '|' || array_to_string(u.hazardous_processes, ',')
                       || '|' || coalesce(u.status, '') from hazard_unit u where u.enterprise_id = :e
                union all
                select t.code || '|' || t.tank_type || '|' || t.volume_m3 || '|' || coalesce(t.chemical_id::text, '')
                       || '|' || coalesce(t.design_pressure_mpa::text, '') || '|'
                       || coalesce(t.design_temperature_c::text, '') || '|' || t.max_fill_ratio || '|' || t.id
                from tank t where t.enterprise_id = :e
                union all
                select i.id || '|' || i.chemical_id || '|' || coalesce(i.design_max_tonnes::text, '')
                from inventory_item i where i.enterprise_id = :e
                union all
                select count(*)::text from production_status_change c join hazard_unit u on u.id = c.unit_id
                where u.enterprise_id = :e
                order by 1""").param("e", enterprise).query(String.class).list());
    }

    private long count(String table, UUID enterprise) {
        return jdbc.sql("select count(*) from " + table + " where enterprise_id = :e").param("e", enterprise)
                .query(Long.class).single();
    }

    private UUID enterpriseId(String name) {
        return jdbc.sql("select id from enterprise where name = :name").param("name", name).query(UUID.class).single();
    }

    private static byte[] encrypted(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A signed-in browser session that can upload files (multipart) and download bytes. */
    static final class Session {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final String base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Session(int port) {
            base = "http://localhost:" + port;
            http = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        static Session login(int port, String username) {
            Session session = new Session(port);
            session.get("/api/v1/auth/csrf");
            HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(session.base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("username", username, "password", ApiClient.DEMO_PASSWORD)))));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            return session;
        }

        Session header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        HttpResponse<byte[]> get(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            headers.forEach(request::header);
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        }

        Response upload(String path, byte[] content) {
            String boundary = "----chemsafe" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"registry.xlsx\"\r\n"
                    + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            String csrf = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                    .orElse(null);
            if (csrf != null) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            headers.forEach(request::header);
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
