package org.chemsafe.dualprevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hidden-danger ledger (隐患排查治理台账) and the inspection records as Excel and printed as PDF: national column
 * names in Chinese,
 * codes as their national names, the list's filters, and only the caller's scope.
 */
@PlatformTest
class DualPreventionLedgerApiTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    @Test
    void bothLedgersListTheScopesRowsUnderTheNationalNames() throws IOException {
        UUID enterprise = TestEnterprises.register(directory, registry, "台账测试");
        ApiClient manager = user("lg-sm-", enterprise);
        LocalDate yesterday = LocalDate.now(PLANT).minusDays(1);
        String object = created(manager.post("/api/v1/risk-objects", Map.of("name", "苯罐区")));
        String unit = created(manager.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", "苯储罐 T-301")));
        String event = created(manager.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", "苯泄漏火灾")));
        String measure = created(manager.post("/api/v1/risk-events/" + event + "/measures",
                RiskRegisterApiTests.MEASURE));
        String task = created(manager.post("/api/v1/control-measures/" + measure + "/tasks", Map.of(
                "troubleshootContent", "检查呼吸阀、阻火器完好", "checkCycle", 1, "checkCycleUnit", "DAY",
                "taskStartTime", yesterday + "T00:00:00", "workDayType", "EVERY_DAY", "workType", 0)));
        Instant start = yesterday.atStartOfDay(PLANT).toInstant();
        Response recorded = manager.post("/api/v1/inspection-records", Map.of("clientId", UUID.randomUUID(),
                "checkTaskId", task, "windowStart", start.toString(), "checkStatus", "DANGER_FOUND", "checkTime",
                start.plusSeconds(9 * 3600).toString(), "photos", List.of(TestPhotos.uploaded(manager)),
                "hiddenDanger", Map.of("dangerName", "阻火器堵塞", "dangerSrc", 1, "hazardDangerType", 7,
                        "dangerDesc", "阻火器网眼被锈蚀物堵塞", "hazardCode", "370600009")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String danger = recorded.json().path("hiddenDangerId").asString();
        manager.post("/api/v1/hidden-dangers/" + danger + "/confirm", Map.of("dangerLevel", "GENERAL"));
        manager.post("/api/v1/hidden-dangers/" + danger + "/order", Map.of("dangerManageType", "IMMEDIATE",
                "liablePerson", "赵六", "controlMeasures", "清理阻火器", "cost", 0.2));

        List<List<String>> dangers = sheet(manager.getBytes("/api/v1/hidden-dangers/export.xlsx"), "隐患排查治理台账");
        assertThat(dangers.get(0)).startsWith("企业名称", "隐患名称", "危险源编码", "隐患等级", "隐患来源", "隐患类型")
                .contains("治理类型", "整改资金（万元）", "隐患状态", "验收人", "排查记录编号");
        assertThat(dangers).hasSize(2);
        List<String> row = dangers.get(1);
        assertThat(row.get(0)).startsWith("台账测试");
        assertThat(row.subList(1, 6)).containsExactly("阻火器堵塞", "370600009", "一般隐患", "日常排查", "设备");
        assertThat(row).contains("即查即改", "赵六", "整改中", "否", recorded.json().path("id").asString());

        List<List<String>> records = sheet(manager.getBytes("/api/v1/inspection-records/export.xlsx"), "隐患排查记录");
        assertThat(records.get(0)).startsWith("企业名称", "隐患排查内容", "应排查开始时间", "应排查结束时间", "排查时间");
        assertThat(records).hasSize(2);
        assertThat(records.get(1)).contains("检查呼吸阀、阻火器完好", "存在隐患", "否", danger, task);
        assertThat(records.get(1).get(2)).isEqualTo(yesterday + " 00:00:00");
        assertThat(sheet(manager.getBytes("/api/v1/inspection-records/export.xlsx?checkStatus=NORMAL"),
                "隐患排查记录")).hasSize(1);
        assertThat(sheet(manager.getBytes("/api/v1/hidden-dangers/export.xlsx?status=CLOSED"), "隐患排查治理台账"))
                .hasSize(1);

        // the same ledgers printed: a card per row, headed by the name, every column labelled
        String dangerPrint = pdfText(manager.getBytes("/api/v1/hidden-dangers/export.pdf"));
        assertThat(dangerPrint).contains("隐患排查治理台账", "共 1 条", "打印时间", "1. 阻火器堵塞", "危险源编码", "370600009",
                "隐患等级", "一般隐患", "隐患来源", "日常排查", "治理类型", "即查即改", "赵六", "第 1 页，共 1 页");
        String recordPrint = pdfText(manager.getBytes("/api/v1/inspection-records/export.pdf"));
        assertThat(recordPrint).contains("隐患排查记录", "1. 检查呼吸阀、阻火器完好", "应排查开始时间",
                yesterday + " 00:00", "存在隐患", danger);
        assertThat(pdfText(manager.getBytes("/api/v1/inspection-records/export.pdf?checkStatus=NORMAL")))
                .contains("共 0 条").doesNotContain("1. 检查呼吸阀");

        ApiClient stranger = user("lg-x-", TestEnterprises.register(directory, registry, "台账他企"));
        assertThat(sheet(stranger.getBytes("/api/v1/hidden-dangers/export.xlsx"), "隐患排查治理台账")).hasSize(1);
        assertThat(sheet(stranger.getBytes("/api/v1/inspection-records/export.xlsx"), "隐患排查记录")).hasSize(1);
        assertThat(stranger.get("/api/v1/inspection-records/export.xlsx?checkStatus=CHECKED").status())
                .isEqualTo(400);
        assertThat(pdfText(stranger.getBytes("/api/v1/hidden-dangers/export.pdf"))).contains("共 0 条")
                .doesNotContain("阻火器堵塞");
        assertThat(stranger.get("/api/v1/inspection-records/export.pdf?from=yesterday").status()).isEqualTo(400);
    }

    private static String pdfText(HttpResponse<byte[]> print) throws IOException {
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(print.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(print.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static List<List<String>> sheet(HttpResponse<byte[]> export, String name) throws IOException {
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(sheet).as("sheet " + name).isNotNull();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private ApiClient user(String prefix, UUID enterpriseId) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        users.provision(new NewUser(username, "用户" + username, null, ApiClient.DEMO_PASSWORD,
                Set.of("SAFETY_MANAGER"), DataScope.enterprise(enterpriseId)));
        return ApiClient.loggedIn(port, username);
    }
}
