package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The web shell in a real browser against the running platform: a demo safety manager and a demo town supervisor
 * sign in and see what their scopes allow. Screenshots go to target/screenshots.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebShellBrowserTests {

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
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setLocale("zh-CN"));
        page = context.newPage();
    }

    @Test
    void aSafetyManagerSeesTheirEnterpriseAndManagesItsUsers() {
        login("safety");
        assertThat(page.getByTestId("home-title")).isVisible();
        assertThat(page.getByTestId("enterprise-name")).hasText("枣庄示范化工有限公司");
        assertThat(page.getByTestId("current-user")).containsText("周安全");
        assertThat(page.getByTestId("current-scope")).containsText("枣庄示范化工有限公司");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("safety-manager-home"))
                .setFullPage(true));

        page.navigate(url("/system/users"));
        Locator users = page.getByTestId("user-table");
        assertThat(users).containsText("周安全");
        assertThat(users).containsText("郑操作");
        assertThat(users).not().containsText("冯储运");
        assertThat(users).not().containsText("孙镇安");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("safety-manager-users")));

        page.navigate(url("/system/audit"));
        assertThat(page.getByTestId("audit-table")).containsText("LOGIN");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("safety-manager-audit")));
        context.close();
    }

    @Test
    void aTownSupervisorSeesOnlyTheEnterprisesOfItsTown() {
        login("town");
        assertThat(page.getByTestId("home-title")).containsText("西集镇");
        Locator enterprises = page.getByTestId("enterprise-table");
        assertThat(enterprises).containsText("枣庄示范化工有限公司");
        assertThat(enterprises).containsText("枣庄示范储运有限公司");
        assertThat(enterprises).not().containsText("山亭示范加油站");
        assertThat(page.getByTestId("current-scope")).containsText("西集镇");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("town-supervisor-home"))
                .setFullPage(true));
        context.close();
    }

    @Test
    void anOperatorSeesNoAdministrationAndTheShellWorksAtPhoneWidth() {
        page.setViewportSize(390, 844);
        login("operator");
        assertThat(page.getByTestId("home-title")).isVisible();
        assertThat(page.getByTestId("menu-toggle")).isVisible();
        page.getByTestId("menu-toggle").click();
        assertThat(page.locator("body")).not().containsText("审计日志");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.screenshot("operator-phone-menu")));
        page.navigate(url("/system/users"));
        assertThat(page.getByTestId("user-table")).hasCount(0);
        context.close();
    }

    @Test
    void everyDemoUserCanSignIn() {
        for (String username : new String[] {"platform", "district", "town", "principal", "safety", "shiftlead",
                "operator", "contractor", "storage.principal", "storage.safety", "storage.shiftlead", "station.safety"}) {
            BrowserContext userContext = session.browser().newContext();
            page = userContext.newPage();
            login(username);
            assertThat(page.getByTestId("home-title")).isVisible();
            userContext.close();
        }
    }

    @Test
    void aWrongPasswordIsShownInChinese() {
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill("safety");
        page.getByTestId("login-password").fill("Wrong2026!");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("login-error")).containsText("用户名或密码错误");
        assertThat(page.url()).contains("/login");
        context.close();
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
