package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * GB 18218-2018 through the pages, as a safety manager does it: a tank farm of liquid chlorine is registered with two
 * tanks, its inventory is derived from the tanks and the people within 500 m are recorded; the farm then appears as a
 * major hazard source whose level follows the people count. A town supervisor sees the distribution read-only.
 * Screenshots go to target/screenshots.
 *
 * <p>The numbers: 2 × 50 m³ × 0.8 × 1.47 t/m³ = 117.6 t of chlorine (Q = 5 t, β = 4), q/Q = 23.52 and Σβq/Q = 94.08;
 * with 40 people α = 1.2 and R = 112.896 (一级), with nobody α = 0.5 and R = 47.04 (三级).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MajorHazardBrowserTests {

    private static final String CHLORINE_CAS = "7782-50-5";

    @LocalServerPort
    int port;

    BrowserSession session;
    BrowserContext context;
    Page page;

    @BeforeAll
    void startBrowser() {
        assumeTrue(new ClassPathResource("META-INF/resources/index.html").exists(),
                "the web build is not on the classpath (built with -Dskip.web?)");
        session = BrowserSession.start();
        // The unit is re-assessed asynchronously after inventory changes, on a busy machine: be patient.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void newContext() {
        Browser browser = session.browser();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aSafetyManagerBuildsAChlorineTankFarmAndSeesItGradedByThePeopleAround() {
        login("safety");
        ensureChlorineWithDensity();

        String code = "E2E-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase(Locale.ROOT);
        page.navigate(url("/registry/units"));
        page.locator("#tab-TANK_FARM").click();
        page.getByTestId("unit-create").click();
        Locator unitDialog = page.getByTestId("unit-form-dialog");
        unitDialog.getByTestId("unit-form-code").fill(code);
        unitDialog.getByTestId("unit-form-name").fill("液氯储罐区（浏览器测试）");
        unitDialog.getByTestId("unit-form-submit").click();
        assertThat(unitDialog).isHidden();

        page.getByTestId("unit-search").fill(code);
        page.getByTestId("unit-search").press("Enter");
        page.getByTestId("unit-table").getByText(code).click();
        assertThat(page.getByTestId("unit-detail-title")).containsText(code);

        for (String tank : new String[] {"V-1", "V-2"}) {
            page.getByTestId("tank-create").click();
            Locator tankDialog = page.getByTestId("tank-form-dialog");
            tankDialog.getByTestId("tank-form-code").fill(tank);
            pickChlorine(tankDialog.getByTestId("tank-form-chemical"));
            tankDialog.getByTestId("tank-form-volume").fill("50");
            tankDialog.getByTestId("tank-form-fill-ratio").fill("0.8");
            assertThat(tankDialog.getByTestId("tank-form-preview")).containsText("58.8");
            if ("V-1".equals(tank)) {
                page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-tank")));
            }
            tankDialog.getByTestId("tank-form-submit").click();
            assertThat(tankDialog).isHidden();
        }
        assertThat(page.getByTestId("tank-table").locator("tbody tr")).hasCount(2);

        page.getByTestId("inventory-create").click();
        Locator itemDialog = page.getByTestId("inventory-form-dialog");
        pickChlorine(itemDialog.getByTestId("inventory-form-chemical"));
        // a tank farm derives the design maximum from its tanks unless a quantity is entered
        assertThat(itemDialog.getByTestId("inventory-form-tonnes")).hasCount(0);
        itemDialog.getByTestId("inventory-form-submit").click();
        assertThat(itemDialog).isHidden();
        assertThat(page.getByTestId("inventory-tonnes")).hasText("117.6");
        assertThat(page.getByTestId("assessment-s")).hasText("23.52");

        page.getByTestId("assessment-exposed-people").fill("40");
        page.getByTestId("assessment-exposure-save").click();
        assertThat(page.getByTestId("assessment-alpha")).hasText("1.2");
        assertThat(page.getByTestId("assessment-r")).hasText("112.896");
        assertThat(page.getByTestId("unit-assessment").getByTestId("level-tag")).hasText("一级重大危险源");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-unit"))
                .setFullPage(true));

        page.navigate(url("/major-hazards"));
        page.getByTestId("source-search").fill(code);
        page.getByTestId("source-search").press("Enter");
        Locator row = page.getByTestId("source-table").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(code));
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("level-tag")).hasText("一级");
        assertThat(row.getByTestId("source-row-r")).hasText("112.896");
        assertThat(row.getByTestId("source-row-s")).hasText("23.52");
        assertThat(row.getByTestId("accountable-incomplete")).containsText("主要负责人");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-list")));

        row.getByTestId("source-link").click();
        assertThat(page.getByTestId("source-level").getByTestId("level-tag")).hasText("一级重大危险源");
        assertThat(page.getByTestId("source-r")).hasText("112.896");
        assertThat(page.getByTestId("substance-table")).containsText(CHLORINE_CAS);
        assertThat(page.getByTestId("substance-q")).hasText("117.6");
        assertThat(page.getByTestId("substance-beta")).hasText("4");
        assertThat(page.getByTestId("calc-s")).containsText("117.6/5 = 23.52");
        assertThat(page.getByTestId("calc-weighted")).containsText("4 × 23.52 = 94.08");
        assertThat(page.getByTestId("calc-alpha")).containsText("α = 1.2");
        assertThat(page.getByTestId("calc-r")).containsText("1.2 × 94.08 = 112.896");
        assertThat(page.getByTestId("level-row-1")).hasAttribute("data-applies", "true");
        assertThat(page.getByTestId("accountable-missing")).hasCount(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-detail-level-1"))
                .setFullPage(true));

        page.getByTestId("source-open-unit").click();
        page.getByTestId("assessment-exposed-people").fill("0");
        page.getByTestId("assessment-exposure-save").click();
        assertThat(page.getByTestId("assessment-alpha")).hasText("0.5");
        assertThat(page.getByTestId("assessment-r")).hasText("47.04");
        assertThat(page.getByTestId("unit-assessment").getByTestId("level-tag")).hasText("三级重大危险源");

        page.goBack();
        assertThat(page.getByTestId("source-r")).hasText("47.04");
        assertThat(page.getByTestId("source-level").getByTestId("level-tag")).hasText("三级重大危险源");
        assertThat(page.getByTestId("calc-r")).containsText("0.5 × 94.08 = 47.04");
        assertThat(page.getByTestId("level-row-3")).hasAttribute("data-applies", "true");
        assertThat(page.getByTestId("level-row-1")).hasAttribute("data-applies", "false");
        assertThat(page.getByTestId("history-table").locator("tbody tr").first()).containsText("47.04");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-detail-level-3"))
                .setFullPage(true));
    }

    @Test
    void aTownSupervisorSeesTheSourcesOfItsTownReadOnly() {
        login("town");
        assertThat(page.getByTestId("home-major-hazards")).isVisible();

        page.navigate(url("/major-hazards/enterprises"));
        Locator table = page.getByTestId("distribution-table");
        assertThat(table).containsText("枣庄示范化工有限公司");
        assertThat(table).containsText("枣庄示范储运有限公司");
        assertThat(table).not().containsText("山亭示范加油站");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-distribution"))
                .setFullPage(true));

        table.getByTestId("distribution-enterprise").filter(new Locator.FilterOptions().setHasText("枣庄示范储运有限公司"))
                .click();
        assertThat(page.getByTestId("enterprise-detail-name")).hasText("枣庄示范储运有限公司");
        page.locator("#tab-sources").click();
        Locator sources = page.getByTestId("enterprise-detail-sources");
        assertThat(sources).containsText("TF-A");
        assertThat(sources.getByTestId("accountable-incomplete").first()).isVisible();

        sources.getByText("TF-A").click();
        assertThat(page.getByTestId("source-level").getByTestId("level-tag")).hasText("一级重大危险源");
        assertThat(page.getByTestId("calc-r")).containsText("= 240");
        // supervisors hold neither major-hazard:write nor unit:write: no edit buttons
        assertThat(page.getByTestId("accountable-edit")).isHidden();
        page.getByTestId("source-open-unit").click();
        assertThat(page.getByTestId("unit-detail-title")).containsText("TF-A");
        assertThat(page.getByTestId("inventory-create")).isHidden();
        assertThat(page.getByTestId("unit-detail-edit")).isHidden();
        assertThat(page.getByTestId("assessment-reassess")).isHidden();
        assertThat(page.getByTestId("assessment-r")).hasText("240");
        assertThat(page.getByTestId("assessment-source-link")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-supervisor-unit"))
                .setFullPage(true));
    }

    /** The demo enterprise's own chlorine entry (linked to Table 1 氯, density 1.47 t/m³); created if missing. */
    private void ensureChlorineWithDensity() {
        page.navigate(url("/registry/chemicals"));
        page.locator("#tab-ENTERPRISE").click();
        page.getByTestId("chemical-search").fill(CHLORINE_CAS);
        page.waitForResponse(response -> response.url().contains("/api/v1/chemicals?")
                && response.url().contains("q="), () -> page.getByTestId("chemical-search").press("Enter"));
        Locator table = page.getByTestId("chemical-table");
        table.locator("tbody tr, .el-table__empty-text").first().waitFor();
        page.waitForTimeout(300);
        if (table.getByTestId("chemical-density").filter(new Locator.FilterOptions().setHasText("1.47")).count() == 0) {
            page.getByTestId("chemical-create").click();
            Locator dialog = page.getByTestId("chemical-form-dialog");
            dialog.getByTestId("chemical-form-linked").click();
            Locator reference = dialog.getByTestId("chemical-form-reference");
            reference.click();
            reference.locator("input").fill(CHLORINE_CAS);
            page.locator("[data-testid=reference-option]:visible").filter(new Locator.FilterOptions().setHasText("氯"))
                    .first().click();
            dialog.getByTestId("chemical-form-density").fill("1.47");
            dialog.getByTestId("chemical-form-submit").click();
            assertThat(dialog).isHidden();
        }
        assertThat(table.getByTestId("chemical-density").filter(new Locator.FilterOptions().setHasText("1.47")))
                .not().hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("major-hazard-chemicals")));
    }

    /** Picks the enterprise's own chlorine (the one with a density) in a chemical select. */
    private void pickChlorine(Locator select) {
        select.click();
        select.locator("input").fill(CHLORINE_CAS);
        page.locator("[data-testid=chemical-option]:visible").filter(new Locator.FilterOptions().setHasText("1.47"))
                .first().click();
    }

    private void login(String username) {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(ApiClient.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
