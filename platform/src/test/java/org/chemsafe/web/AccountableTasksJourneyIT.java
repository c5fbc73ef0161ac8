package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.util.Map;

import com.microsoft.playwright.Locator;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestMajorHazards;
import org.chemsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A safety manager gives a major hazard source's three accountable people their 包保 checklist from the risk
 * register: picks the risk object, the source, and generates the 28 tasks; the chief then finds the chief's nine
 * items among the day's rounds. One of them, opened from the tree, shows its person and is handed to the shift
 * leaders' post instead.
 */
@PlatformTest
class AccountableTasksJourneyIT extends BrowserJourney {

    @Test
    void aSafetyManagerGeneratesTheAccountableChecklistFromTheRegister() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        String warehouse = TestMajorHazards.ammoniaWarehouse(manager, "WH-NH3-9", "二号液氨库");
        ApiClient chief = enterprise.newUser(port, "ENTERPRISE_PRINCIPAL");
        TestMajorHazards.nameAccountable(manager, TestMajorHazards.sourceOf(manager, warehouse), TestUsers.idOf(chief),
                TestUsers.idOf(enterprise.newUser(port, "SAFETY_MANAGER")), TestUsers.idOf(enterprise.newUser(port, "SHIFT_LEADER")));
        created(manager.post("/api/v1/risk-objects", Map.of("name", "二号液氨库重大危险源")));

        login(enterprise.safetyManager());
        page.navigate(url("/risk-register"));
        page.getByTestId("register-node-object").filter(new Locator.FilterOptions().setHasText("二号液氨库重大危险源"))
                .click();
        page.getByTestId("register-accountable").click();
        page.getByTestId("accountable-source").click();
        page.getByTestId("accountable-source-option").filter(new Locator.FilterOptions().setHasText("二号液氨库"))
                .click();
        page.getByTestId("accountable-generate").click();
        assertThat(page.locator(".el-message--success")).containsText("已生成 28 项，共 28 项包保排查任务");
        screenshot("accountable-tasks");

        org.assertj.core.api.Assertions.assertThat(chief.get("/api/v1/inspection-rounds/today").json()).hasSize(9);

        // the chief's first item, opened from the tree, names its person; handed to the shift leaders' post instead
        expand("二号液氨库重大危险源");
        expand("二号液氨库 安全包保");
        expand("重大危险源安全包保责任落实不到位");
        expand("落实重大危险源安全包保责任");
        page.getByTestId("register-node-task").filter(new Locator.FilterOptions().setHasText("包保责任体系是否建立"))
                .click();
        page.getByTestId("register-edit").click();
        Locator dialog = page.getByTestId("register-dialog");
        assertThat(dialog.getByTestId("task-assignee")).containsText(chief.get("/api/v1/auth/me").json()
                .path("displayName").asString());
        dialog.getByTestId("task-post").click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("班长"))
                .click();
        assertThat(dialog.getByTestId("task-assignee")).not().containsText("测试用户");
        page.getByTestId("register-submit").click();
        assertThat(dialog).isHidden();
        JsonNode task = chief.get("/api/v1/inspection-rounds/today").json();
        org.assertj.core.api.Assertions.assertThat(task).hasSize(8);
        screenshot("accountable-task-post");
    }

    /** Opens a node of the register's tree by the label it shows, unless it is open already (a click would close it). */
    private void expand(String label) {
        Locator content = page.locator(".el-tree-node__content").filter(new Locator.FilterOptions().setHasText(label))
                .first();
        Locator node = content.locator("xpath=..");
        if (!"true".equals(node.getAttribute("aria-expanded"))) {
            content.locator(".el-tree-node__expand-icon").click();
        }
        assertThat(node).hasAttribute("aria-expanded", "true");
    }
}
