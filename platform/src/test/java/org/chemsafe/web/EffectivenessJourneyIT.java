package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The effectiveness dashboard as a town's supervisor and as an enterprise see it: the supervisor finds the town's
 * enterprises, the one with an overdue major hidden danger marked, and opens an enterprise's score with its working;
 * the enterprise's safety manager finds its own score opened.
 */
@PlatformTest
class EffectivenessJourneyIT extends BrowserJourney {

    private static final String TOWN = "990000043";

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    UserProvisioning users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorComparesTheTownsEnterprisesAndOpensOnesScore() {
        TestEnterprises.registerIn(directory, registry, TOWN, "效果评估镇", "甲化工");
        UUID overdue = TestEnterprises.registerIn(directory, registry, TOWN, "效果评估镇", "乙化工");
        String manager = user("ef-m-", "SAFETY_MANAGER", DataScope.enterprise(overdue));
        ApiClient api = ApiClient.loggedIn(port, manager);
        String danger = created(api.post("/api/v1/hidden-dangers", Map.of("dangerName", "液氯罐区无泄漏检测",
                "dangerSrc", 1, "hazardDangerType", 1, "dangerDesc", "罐区未设有毒气体检测报警")));
        api.post("/api/v1/hidden-dangers/" + danger + "/confirm", Map.of("dangerLevel", "MAJOR"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        api.post("/api/v1/hidden-dangers/" + danger + "/order", Map.of("dangerManageType", "BY_DEADLINE",
                "dangerManageDeadline", today.plusDays(5).toString(), "liablePerson", "王五", "controlMeasures",
                "增设检测报警", "cost", 3, "contingencyPlan", "泄漏应急处置方案"));
        jdbc.sql("update hidden_danger set danger_manage_deadline = :day where id = :id")
                .param("day", today.minusDays(2)).param("id", UUID.fromString(danger)).update();

        login(user("ef-s-", "REGION_SUPERVISOR", DataScope.region(TOWN)));
        page.navigate(url("/dual-prevention/effectiveness"));
        Locator rows = page.getByTestId("effectiveness-table").locator(".el-table__body tr");
        assertThat(rows).hasCount(2);
        Locator lagging = rows.filter(new Locator.FilterOptions().setHasText("乙化工"));
        assertThat(lagging.getByTestId("overview-major-overdue")).hasText("1");
        assertThat(lagging).containsText("有重大隐患逾期未整改");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("甲化工"))).containsText("期间没有应排查的任务");

        lagging.click();
        Locator card = page.getByTestId("effectiveness-card");
        assertThat(card.getByTestId("effectiveness-score")).hasText("0");
        assertThat(card.getByTestId("effectiveness-grade")).hasText("差");
        assertThat(card).containsText("有重大隐患逾期未整改");
        assertThat(card).containsText("A 排查任务");
        screenshot("effectiveness-supervisor");

        context.close();
        context = newBrowserContext();
        page = context.newPage();
        login(manager);
        page.navigate(url("/dual-prevention/effectiveness"));
        assertThat(page.getByTestId("effectiveness-table").locator(".el-table__body tr")).hasCount(1);
        assertThat(page.getByTestId("effectiveness-card").getByTestId("effectiveness-grade")).hasText("差");
        assertThat(page.getByTestId("effectiveness-region")).hasCount(0);
    }

    private String user(String prefix, String role, DataScope scope) {
        return TestUsers.provisioned(users, prefix, role, scope);
    }
}
