package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live alarm banner: a shift leader signed in sees a red notice the alarm centre publishes for their role appear
 * at the top of whatever page they are on, in its colour, without reloading, and dismisses it; a notice for another
 * role does not appear.
 */
@PlatformTest
class AlarmBannerJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aShiftLeaderSeesARedNoticeLiveAndDismissesIt() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        String leader = TestUsers.newUser(ApiClient.loggedIn(port, "platform"), enterprise.id(), "SHIFT_LEADER");
        // signed in, the page opens its live stream; wait until the platform answered it
        page.waitForResponse(response -> response.url().endsWith("/api/v1/notifications/stream"), () -> login(leader));

        publish(enterprise, AlarmSeverity.MAJOR, "SAFETY_MANAGER", "报警升级｜橙色报警｜只给安全管理员");
        publish(enterprise, AlarmSeverity.CRITICAL, "SHIFT_LEADER", "新报警｜红色报警｜可燃气体浓度超二级报警值");

        Locator banner = page.getByTestId("alarm-banner-item");
        assertThat(banner).hasCount(1);
        assertThat(banner).containsText("可燃气体浓度超二级报警值");
        assertThat(banner).hasClass(Pattern.compile("alarm-banner__item--red"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/alarm-banner.png")));
        page.getByTestId("alarm-banner-dismiss").click();
        assertThat(page.getByTestId("alarm-banner")).hasCount(0);
    }

    private void publish(TestEnterprise enterprise, AlarmSeverity severity, String role, String subject) {
        AlarmNotice notice = new AlarmNotice(UUID.randomUUID(), UUID.fromString(enterprise.id()),
                AlarmNotice.Kind.RAISED, UUID.randomUUID(), severity, subject, "位号 GT-101 于 02:00 报警，未确认",
                Set.of(role), Set.of(), Instant.now());
        transactions.executeWithoutResult(status -> events.publishEvent(notice));
    }
}
