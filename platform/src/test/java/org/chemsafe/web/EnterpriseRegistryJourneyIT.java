package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;

/**
 * The enterprise registry as a safety manager of a new enterprise builds it: liquid chlorine with its density,
 * linked to GB 18218 Table 1, then a tank farm with two tanks whose inventory is derived from the tanks
 * (2 × 50 m³ × 0.8 × 1.47 t/m³ = 117.6 t).
 */
@PlatformTest
class EnterpriseRegistryJourneyIT extends BrowserJourney {

    static final String CHLORINE_CAS = "7782-50-5";

    @Test
    void aSafetyManagerRegistersChlorineAndATankFarmWhoseInventoryFollowsItsTanks() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        login(enterprise.safetyManager());

        page.navigate(url("/registry/chemicals"));
        tab("本企业化学品").click();
        page.getByTestId("chemical-create").click();
        Locator chemical = page.getByTestId("chemical-form-dialog");
        chemical.getByTestId("chemical-form-linked").click();
        pickSearched(chemical.getByTestId("chemical-form-reference"), "reference-option", CHLORINE_CAS, "氯");
        chemical.getByTestId("chemical-form-density").fill("1.47");
        chemical.getByTestId("chemical-form-submit").click();
        assertThat(chemical).isHidden();
        assertThat(page.getByTestId("chemical-table").getByTestId("chemical-density")).hasText("1.47");
        screenshot("registry-chemicals");

        page.navigate(url("/registry/units"));
        tab("罐区").click();
        page.getByTestId("unit-create").click();
        Locator unit = page.getByTestId("unit-form-dialog");
        unit.getByTestId("unit-form-code").fill("TF-E2E");
        unit.getByTestId("unit-form-name").fill("液氯储罐区（浏览器测试）");
        unit.getByTestId("unit-form-submit").click();
        assertThat(unit).isHidden();
        page.getByTestId("unit-table").getByText("TF-E2E").click();
        assertThat(page.getByTestId("unit-detail-title")).containsText("TF-E2E");

        for (String code : new String[] {"V-1", "V-2"}) {
            page.getByTestId("tank-create").click();
            Locator tank = page.getByTestId("tank-form-dialog");
            tank.getByTestId("tank-form-code").fill(code);
            pickChlorine(tank.getByTestId("tank-form-chemical"));
            tank.getByTestId("tank-form-volume").fill("50");
            tank.getByTestId("tank-form-fill-ratio").fill("0.8");
            // 50 m³ × 0.8 × 1.47 t/m³
            assertThat(tank.getByTestId("tank-form-preview")).containsText("58.8");
            tank.getByTestId("tank-form-submit").click();
            assertThat(tank).isHidden();
        }
        assertThat(page.getByTestId("tank-table").locator("tbody tr")).hasCount(2);

        page.getByTestId("inventory-create").click();
        Locator item = page.getByTestId("inventory-form-dialog");
        pickChlorine(item.getByTestId("inventory-form-chemical"));
        // a tank farm derives the design maximum from its tanks unless a quantity is entered
        assertThat(item.getByTestId("inventory-form-tonnes")).hasCount(0);
        item.getByTestId("inventory-form-submit").click();
        assertThat(item).isHidden();
        assertThat(page.getByTestId("inventory-tonnes")).hasText("117.6");
        screenshot("registry-tank-farm");
    }

    /** Picks the enterprise's own chlorine (the one with its density) in a chemical select. */
    private void pickChlorine(Locator select) {
        pickSearched(select, "chemical-option", CHLORINE_CAS, "1.47");
    }
}
