package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A safety manager adds the duty group's DingTalk robot with its signing secret (the list shows it signed, never the
 * secret), plans the next shift with themselves on it (the dialog suggests the next day or night shift), then finds a notice sent to their role in "my notices" as it arrives and opens its alarm from there.
 */
@PlatformTest
class NotificationJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSafetyManagerAddsASignedRobotAndOpensAnAlarmFromTheirNotices() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        login(enterprise.safetyManager());
        page.navigate(url("/notifications/webhooks"));
        page.getByTestId("webhook-create").click();
        page.getByTestId("webhook-name").fill("值班钉钉群");
        page.getByTestId("webhook-url").fill("https://oapi.dingtalk.com/robot/send?access_token=demo");
        page.getByTestId("webhook-secret").fill("SECdemo0123456789");
        page.getByTestId("webhook-submit").click();
        Locator robot = page.getByTestId("webhook-table").locator(".el-table__row");
        assertThat(robot).hasCount(1);
        assertThat(robot).containsText("值班钉钉群");
        assertThat(robot).containsText("钉钉");
        assertThat(robot).containsText("已加签");
        assertThat(page.getByTestId("webhook-table")).not().containsText("SECdemo");

        page.navigate(url("/notifications/duty"));
        page.getByTestId("duty-create").click();
        assertThat(page.getByTestId("duty-name")).hasValue(Pattern.compile("白班|夜班"));
        pickSearched(page.getByTestId("duty-members"), "duty-member", enterprise.safetyManager(),
                enterprise.safetyManager());
        page.getByTestId("duty-name").click(); // the multiple select stays open after a pick: leave it
        page.getByTestId("duty-submit").click();
        Locator shift = page.getByTestId("duty-table").locator(".el-table__row");
        assertThat(shift).hasCount(1);
        assertThat(shift).containsText(Pattern.compile("白班|夜班"));

        page.waitForResponse(response -> response.url().endsWith("/api/v1/notifications/stream"),
                () -> page.navigate(url("/notifications/mine")));
        assertThat(page.getByTestId("my-notices")).containsText("暂无通知");
        UUID alarmId = UUID.randomUUID();
        AlarmNotice notice = new AlarmNotice(UUID.randomUUID(), UUID.fromString(enterprise.id()),
                AlarmNotice.Kind.ESCALATED, alarmId, AlarmSeverity.MAJOR, "报警升级｜橙色报警｜PT-201 反应釜压力",
                "报警超过 15 分钟未确认", Set.of("SAFETY_MANAGER"), Set.of(), Instant.now());
        transactions.executeWithoutResult(status -> events.publishEvent(notice));
        Locator row = page.getByTestId("my-notices").locator(".el-table__row");
        assertThat(row).containsText("PT-201 反应釜压力");
        assertThat(row).containsText("报警升级");
        row.getByText("查看报警").click();
        page.waitForURL(Pattern.compile(".*/alarms/console\\?alarm=" + alarmId));
        screenshot("notification-open-alarm");
    }
}
