package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TelemetryGateway;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;

/**
 * A safety manager watches a point's value move on the points page as a gateway reports it (the page reloads the
 * latest values every 10 seconds), opens its trend with the limits drawn, and exports the points workbook.
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
}
