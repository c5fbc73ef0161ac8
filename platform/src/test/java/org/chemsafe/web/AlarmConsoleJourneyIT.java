package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TelemetryGateway;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A simulated gas leak from the gateway to its close: a tank-farm combustible gas detector reports 28 then 55 %LEL
 * through the telemetry API; the shift leader on the alarm console sees the red level-2 alarm and its banner (the
 * escalation pass, off on its schedule in tests, is run once as the schedule would), opens it from the banner,
 * acknowledges it, cannot dispose
 * of it while the gas is still there, disposes of it once the reading is back to normal, and finds it closed in the
 * history with the trend around it and every step; exports the ledger, reads the KPI report with the leak in it, and
 * sees the escalation ladders without being allowed to change them.
 */
@PlatformTest
class AlarmConsoleJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext beans;

    @Test
    void aShiftLeaderSeesAGasLeakOnTheConsoleWithItsBannerAcknowledgesAndDisposesIt() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        org.assertj.core.api.Assertions.assertThat(safety.post("/api/v1/points", Map.of("tag", "GT-101", "name",
                "罐区可燃气体", "indicatorType", "COMBUSTIBLE_GAS", "unit", "%LEL", "rangeLow", 0, "rangeHigh", 100))
                .status()).isEqualTo(201);
        TelemetryGateway gateway = TelemetryGateway.of(port, safety);
        String leader = TestUsers.newUser(ApiClient.loggedIn(port, "platform"), enterprise.id(), "SHIFT_LEADER");
        login(leader);
        // the console opens the live stream with the page: wait until the platform answered it
        page.waitForResponse(response -> response.url().endsWith("/api/v1/notifications/stream"),
                () -> page.navigate(url("/alarms/console")));
        assertThat(page.getByTestId("alarm-table")).containsText("当前没有报警");

        Instant t0 = Instant.now().minusSeconds(60);
        gateway.send("GT-101", t0, 0, 3.0, 12.0, 28.0, 55.0);
        ReflectionTestUtils.invokeMethod(beans.getBean("alarmEscalation"), "escalate", Instant.now());

        Locator banner = page.getByTestId("alarm-banner-item");
        assertThat(banner).containsText("GT-101 罐区可燃气体");
        assertThat(banner).hasClass(Pattern.compile("alarm-banner__item--red"));
        Locator row = page.getByTestId("alarm-table").locator(".el-table__row").filter(
                new Locator.FilterOptions().setHasText("GT-101"));
        assertThat(row).containsText("红色 · 二级报警");
        assertThat(row).containsText("可燃气体");
        assertThat(row).containsText("未确认");
        screenshot("alarm-console-leak");
        banner.getByTestId("alarm-banner-open").click();
        assertThat(page.getByTestId("alarm-drawer")).containsText("GT-101 罐区可燃气体");
        assertThat(page.getByTestId("alarm-banner")).hasCount(0);
        page.keyboard().press("Escape");
        assertThat(page.getByTestId("alarm-drawer")).isHidden();

        row.getByTestId("alarm-acknowledge").click();
        page.getByTestId("alarm-ack-comment").fill("已通知外操现场检查，疑似法兰泄漏");
        page.getByTestId("alarm-step-submit").click();
        assertThat(row.getByTestId("alarm-acknowledged")).hasText("已确认");
        assertThat(row.getByTestId("alarm-dispose")).isDisabled();

        gateway.send("GT-101", t0, 4, 20.0, 6.0, 2.0);
        page.getByTestId("alarm-search-button").click();
        assertThat(row.getByTestId("alarm-active")).hasText("已恢复");
        row.getByTestId("alarm-dispose").click();
        page.getByTestId("alarm-dispose-cause").click();
        page.locator("[data-testid=cause-LEAK]:visible").click();
        page.getByTestId("alarm-dispose-measures").fill("关闭根部阀，更换法兰垫片，复测 0 %LEL");
        page.getByTestId("alarm-step-submit").click();
        assertThat(page.getByTestId("alarm-table")).containsText("当前没有报警");

        page.navigate(url("/alarms/history"));
        page.getByTestId("alarm-history-search").fill("GT-101");
        page.getByTestId("alarm-history-search").press("Enter");
        Locator closed = page.getByTestId("alarm-history-table").locator(".el-table__row");
        assertThat(closed).hasCount(1);
        assertThat(closed).containsText("已销警");
        assertThat(closed).containsText("关闭根部阀");
        closed.getByTestId("alarm-link").click();
        Locator drawer = page.getByTestId("alarm-drawer");
        assertThat(drawer.getByTestId("alarm-trend")).hasAttribute("data-state", "shown");
        assertThat(drawer.getByTestId("alarm-transitions")).containsText("报警升级");
        assertThat(drawer.getByTestId("alarm-transitions")).containsText("已通知外操现场检查");
        assertThat(drawer.getByTestId("alarm-transitions")).containsText("销警");
        assertThat(drawer).containsText("泄漏");
        screenshot("alarm-history-closed");
        page.keyboard().press("Escape");
        page.getByTestId("alarm-export").click();
        assertThat(page.locator(".el-message--success")).containsText("已导出报警台账");

        page.navigate(url("/alarms/kpis"));
        assertThat(page.getByTestId("alarm-kpi-summary")).containsText("报警 1 次");
        assertThat(page.getByTestId("kpi-mtta")).containsText("分");
        assertThat(page.getByTestId("kpi-most-frequent")).containsText("GT-101 罐区可燃气体");
        screenshot("alarm-kpis");

        page.navigate(url("/alarms/ladders"));
        assertThat(page.getByTestId("ladder-table").locator(".el-table__row")).hasCount(4);
        assertThat(page.getByTestId("ladder-CRITICAL-firstMinutes").locator("input")).hasValue("2");
        assertThat(page.getByTestId("ladder-CRITICAL-firstMinutes").locator("input")).isDisabled();
        assertThat(page.getByTestId("ladder-save")).hasCount(0);
    }
}
