package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * The web shell and identity: demo users of every scope sign in and see what their scopes allow; a safety manager
 * manages the enterprise's users and reads its audit log; a wrong password is answered in Chinese.
 */
@PlatformTest
class WebShellJourneyIT extends BrowserJourney {

    @Test
    void aSafetyManagerSeesTheirEnterpriseAndManagesItsUsers() {
        login("safety");
        assertThat(page.getByTestId("home-title")).isVisible();
        assertThat(page.getByTestId("enterprise-name")).hasText("枣庄示范化工有限公司");
        assertThat(page.getByTestId("current-user")).containsText("周安全");
        assertThat(page.getByTestId("current-scope")).containsText("枣庄示范化工有限公司");
        screenshot("safety-manager-home");

        page.navigate(url("/system/users"));
        Locator users = page.getByTestId("user-table");
        assertThat(users).containsText("周安全");
        assertThat(users).containsText("郑操作");
        assertThat(users).not().containsText("冯储运");
        assertThat(users).not().containsText("孙镇安");
        screenshot("safety-manager-users");

        page.navigate(url("/system/audit"));
        assertThat(page.getByTestId("audit-table")).containsText("LOGIN");
        screenshot("safety-manager-audit");
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
        screenshot("town-supervisor-home");
    }

    @Test
    void anOperatorSeesNoAdministrationAndTheShellWorksAtPhoneWidth() {
        page.setViewportSize(390, 844);
        login("operator");
        assertThat(page.getByTestId("home-title")).isVisible();
        assertThat(page.getByTestId("menu-toggle")).isVisible();
        page.getByTestId("menu-toggle").click();
        assertThat(page.locator("body")).not().containsText("审计日志");
        screenshot("operator-phone-menu");
        page.navigate(url("/system/users"));
        assertThat(page.getByTestId("user-table")).hasCount(0);
    }

    @Test
    void everyDemoUserCanSignInAndSeesTheirHomePage() {
        // one browser context, signed out between users (cookies and storage cleared, the page loaded anew), so the
        // assets come from the cache as they would on a shared plant computer
        for (String username : new String[] {"platform", "district", "town", "principal", "safety", "shiftlead",
                "operator", "contractor", "storage.principal", "storage.safety", "storage.shiftlead", "station.safety"}) {
            login(username);
            assertThat(page.getByTestId("home-title")).isVisible();
            assertThat(page.getByTestId("current-user")).not().isEmpty();
            context.clearCookies();
            page.evaluate("() => { localStorage.clear(); sessionStorage.clear() }");
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
    }
}
