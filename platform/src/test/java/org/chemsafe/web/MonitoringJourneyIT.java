package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.chemsafe.simulator.AlarmLimits;
import org.chemsafe.simulator.Channel;
import org.chemsafe.simulator.HttpSink;
import org.chemsafe.simulator.Indicator;
import org.chemsafe.simulator.PlantPoint;
import org.chemsafe.simulator.PlantSimulator;
import org.chemsafe.simulator.Wander;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.RegistryFixtures;
import org.chemsafe.support.TelemetryGateway;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;

/**
 * A safety manager watches a point's value move on the points page as a gateway reports it (the page reloads the
 * latest values every 10 seconds), opens its trend with the limits drawn, and exports the points workbook; and
 * watches the plant simulator's values move on the live overview, pushed over server-sent events, and finds the
 * point online on the data-quality page.
 */
@PlatformTest
class MonitoringJourneyIT extends BrowserJourney {

    @Test
    void aSafetyManagerSeesAValueMoveOpensItsTrendAndExportsThePoints() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        org.assertj.core.api.Assertions.assertThat(safety.post("/api/v1/points", Map.of("tag", "LT-101", "name",
                "1# 原料罐液位", "indicatorType", "LEVEL", "unit", "m", "rangeLow", 0, "rangeHigh", 20, "limits",
                Map.of("high", 16, "highHigh", 18))).status()).isEqualTo(201);
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        Instant t0 = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MINUTES);
        gateway.send("LT-101", t0, 0, 10.0, 10.5, 11.0, 11.25);

        login(enterprise.safetyManager());
        page.navigate(url("/monitoring/points"));
        Locator row = page.getByTestId("point-table").locator(".el-table__row").filter(
                new Locator.FilterOptions().setHasText("LT-101"));
        assertThat(row.getByTestId("point-latest")).hasText("11.25");
        assertThat(row).containsText("高报 16");

        gateway.send("LT-101", Instant.now().minusSeconds(1), 0, 12.5);
        // the page reloads the latest values every 10 seconds
        assertThat(row.getByTestId("point-latest")).hasText("12.5");
        screenshot("monitoring-points");

        row.getByTestId("point-trend-link").click();
        page.waitForURL(Pattern.compile(".*/monitoring/trend\\?point=.*"));
        // a day's range: the server answers 1-minute roll-ups (the first four samples fall in one minute)
        assertThat(page.getByTestId("trend-caption")).containsText("LT-101 1# 原料罐液位：2 个点");
        assertThat(page.getByTestId("trend-caption")).containsText("1 分钟汇总");
        assertThat(page.getByTestId("point-trend-chart").locator("canvas")).hasCount(1);
        screenshot("monitoring-trend");

        page.navigate(url("/monitoring/points"));
        page.getByTestId("point-export").click();
        assertThat(page.locator(".el-message--success")).containsText("已导出位号");
    }

    @Test
    void aSafetyManagerSeesTheSimulatorsValuesMoveOnTheLiveOverview() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String unit = RegistryFixtures.created(safety.post("/api/v1/units",
                RegistryFixtures.unit("PRODUCTION_UNIT", "PU-S1", "模拟装置")));
        org.assertj.core.api.Assertions.assertThat(safety.post("/api/v1/points", Map.of("tag", "PT-S1", "name",
                "反应器压力", "indicatorType", "PRESSURE", "unit", "MPa", "rangeLow", 0, "rangeHigh", 2.5,
                "limits", Map.of("high", 1.2, "highHigh", 1.4), "linkedObject",
                Map.of("kind", "PRODUCTION_UNIT", "id", unit))).status()).isEqualTo(201);
        Response token = safety.post("/api/v1/api-tokens", Map.of("name", "模拟器", "purpose", "TELEMETRY"));
        List<PlantPoint> plant = List.of(new PlantPoint("PT-S1", "反应器压力", Indicator.PRESSURE, "MPa", 0, 2.5,
                AlarmLimits.NONE, null, null, Channel.PUBLISHED, 0, 0, random -> new Wander(0.8, 0.05, 5, random)));
        try (HttpSink sink = new HttpSink("http://localhost:" + port, token.json().path("token").asString());
                PlantSimulator simulator = new PlantSimulator(plant, "GW-SIM", 11, sink, null, null)) {
            simulator.start(Duration.ofMillis(500));

            login(enterprise.safetyManager());
            page.navigate(url("/monitoring/overview"));
            assertThat(page.getByTestId("overview-live")).hasText("实时");
            Locator card = page.getByTestId("overview-card-PT-S1");
            assertThat(page.getByTestId("overview-group")).containsText("PU-S1 模拟装置");
            assertThat(card).containsText("高报 1.2 / 高高报 1.4");
            Locator value = card.getByTestId("overview-card-value");
            assertThat(value).hasText(Pattern.compile("\\d+\\.\\d+"));
            String first = value.textContent();
            // pushed over the live stream, with no reload: the simulated pressure moves
            assertThat(value).not().hasText(first);
            assertThat(card.getByTestId("overview-card-state")).hasText("正常");
            screenshot("monitoring-overview");

            card.click();
            page.waitForURL(Pattern.compile(".*/monitoring/trend\\?point=.*"));

            page.navigate(url("/monitoring/quality"));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("位号数据质量")).click();
            Locator qualityRow = page.getByTestId("quality-points").locator(".el-table__row")
                    .filter(new Locator.FilterOptions().setHasText("PT-S1"));
            assertThat(qualityRow.getByTestId("quality-point-online")).hasText("在线");
            assertThat(page.getByTestId("quality-online-count")).hasText("在线 1 / 共 1");
            screenshot("monitoring-quality");
            page.getByTestId("quality-export").click();
            assertThat(page.locator(".el-message--success")).containsText("已导出数据质量表");
        }
    }

    @Test
    void aSafetyManagerAddsAGasDetectorWithDefaultLimitsRenamesItAndDeletesIt() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        login(enterprise.safetyManager());
        page.navigate(url("/monitoring/points"));
        page.getByTestId("point-create").click();
        Locator dialog = page.getByTestId("point-dialog");
        dialog.getByTestId("point-tag").fill("AT-401");
        dialog.getByTestId("point-name").fill("装卸区可燃气体检测器");
        dialog.getByTestId("point-type").click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("可燃气体")).click();
        dialog.getByTestId("point-unit").fill("%LEL");
        numberInput(dialog, "point-range-low").fill("0");
        numberInput(dialog, "point-range-high").fill("100");
        dialog.getByTestId("point-submit").click();
        assertThat(page.locator(".el-message--success")).containsText("位号已保存");

        Locator row = page.getByTestId("point-table").locator(".el-table__row")
                .filter(new Locator.FilterOptions().setHasText("AT-401"));
        // no limits given: GB/T 50493-2019 5.5.2, 25 % and 50 % LEL
        assertThat(row).containsText("高报 25 / 高高报 50");

        page.getByTestId("point-create").click();
        dialog.getByTestId("point-tag").fill("AT-401");
        dialog.getByTestId("point-name").fill("重复位号");
        dialog.getByTestId("point-submit").click();
        assertThat(page.locator(".el-message--error")).containsText("本企业已有位号 AT-401");
        screenshot("monitoring-point-form");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();

        row.getByTestId("point-edit").click();
        dialog.getByTestId("point-name").fill("装卸区可燃气体检测器（北）");
        dialog.getByTestId("point-submit").click();
        assertThat(row).containsText("装卸区可燃气体检测器（北）");

        row.getByTestId("point-delete").click();
        page.locator(".el-message-box").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确定"))
                .click();
        assertThat(page.locator(".el-message--success").last()).containsText("位号已删除");
        assertThat(page.getByTestId("point-table")).not().containsText("AT-401");
    }

    @Test
    void theDemoPlantsPointsSitOnItsSitePlan() {
        // reads the demo enterprise's site and points, changes nothing
        login("safety");
        page.navigate(url("/monitoring/site-plan"));
        Locator plan = page.getByTestId("site-plan");
        assertThat(plan.locator("img")).isVisible();
        page.waitForCondition(() -> (Boolean) plan.locator("img").evaluate("img => img.naturalWidth === 1200"));
        assertThat(plan.locator("[data-testid^=site-plan-marker-]")).hasCount(18);
        assertThat(page.getByTestId("site-plan-marker-TIC-201")).containsText("TIC-201");
        screenshot("monitoring-site-plan");
        page.getByTestId("site-plan-marker-LT-101").click();
        page.waitForURL(Pattern.compile(".*/monitoring/trend\\?point=.*"));
        assertThat(page.getByTestId("point-trend")).containsText("LT-101");
    }

    private static Locator numberInput(Locator dialog, String testId) {
        return dialog.locator("[data-testid=" + testId + "] input, input[data-testid=" + testId + "]");
    }
}
