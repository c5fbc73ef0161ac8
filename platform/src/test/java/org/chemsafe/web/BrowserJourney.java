package org.chemsafe.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.chemsafe.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A journey through the pages in a real browser against the running platform. Journeys are integration tests
 * ({@code *IT}, run by failsafe after packaging): they share one started platform (the same {@code @PlatformTest}
 * context) and one browser, and each test gets a fresh browser context, so no cookies or storage carry over.
 * Assertions are about what a person sees (texts, test ids), not about styling. Screenshots go to
 * target/screenshots.
 */
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void needsTheWebBuild() {
        assumeTrue(new ClassPathResource("META-INF/resources/index.html").exists(),
                "the web build is not on the classpath (built with -Dskip.web?)");
        // pages wait for answers and for the platform's asynchronous work on a busy machine: be patient
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @BeforeEach
    void newContext() {
        context = newBrowserContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    BrowserContext newBrowserContext() {
        return opened(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
    }

    /** A phone in China: journeys done on site override {@link #newBrowserContext} with it. */
    static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai");
    }

    static BrowserContext opened(Browser.NewContextOptions options) {
        BrowserContext created = BrowserSession.shared().browser().newContext(options);
        created.setDefaultTimeout(30_000);
        return created;
    }

    void login(String username) {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(ApiClient.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Types {@code search} into a searching select and picks the option showing {@code text}. The select searches as
     * one types (debounced), so this first waits until every option it shows matches the search: the list shown on
     * opening would otherwise be clicked just before the search's answer replaces it (a flaky pick of a wrong row).
     */
    void pickSearched(Locator select, String optionTestId, String search, String text) {
        select.click();
        select.locator("input").fill(search);
        Locator options = page.locator("[data-testid=" + optionTestId + "]:visible");
        PlaywrightAssertions.assertThat(options.filter(new Locator.FilterOptions().setHasNotText(search))).hasCount(0);
        options.filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    /** A tab by its visible label. */
    Locator tab(String label) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot(name)).setFullPage(true));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
