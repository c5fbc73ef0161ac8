package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.util.Map;

import com.microsoft.playwright.Locator;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestMajorHazards;
import org.junit.jupiter.api.Test;

/**
 * A safety manager gives a major hazard source's three accountable people their 包保 checklist from the risk
 * register: picks the risk object, the source, and generates the 28 tasks; the chief then finds the chief's nine
 * items among the day's rounds.
 */
@PlatformTest
class AccountableTasksJourneyIT extends BrowserJourney {

    @Test
    void aSafetyManagerGeneratesTheAccountableChecklistFromTheRegister() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient manager = enterprise.safetyManager(port);
        String warehouse = TestMajorHazards.ammoniaWarehouse(manager, "WH-NH3-9", "二号液氨库");
        ApiClient chief = enterprise.newUser(port, "ENTERPRISE_PRINCIPAL");
        TestMajorHazards.nameAccountable(manager, TestMajorHazards.sourceOf(manager, warehouse), idOf(chief),
                idOf(enterprise.newUser(port, "SAFETY_MANAGER")), idOf(enterprise.newUser(port, "SHIFT_LEADER")));
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
    }

    private static String idOf(ApiClient user) {
        return user.get("/api/v1/auth/me").json().path("id").asString();
    }
}
