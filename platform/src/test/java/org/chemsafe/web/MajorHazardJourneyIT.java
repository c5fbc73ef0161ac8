package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;
import static org.chemsafe.support.RegistryFixtures.liquidChlorine;
import static org.chemsafe.support.RegistryFixtures.tank;
import static org.chemsafe.support.RegistryFixtures.unit;

import java.util.Map;

import com.microsoft.playwright.Locator;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;

/**
 * GB 18218-2018 through the pages. A new enterprise's tank farm of liquid chlorine (built through the API; the
 * registry journey builds one through the pages) becomes a major hazard source whose level follows the people
 * around, as a safety manager sees it; a town supervisor sees the distribution of the demo sources read-only.
 *
 * <p>The numbers: 2 × 50 m³ × 0.8 × 1.47 t/m³ = 117.6 t of chlorine (Q = 5 t, β = 4), q/Q = 23.52 and Σβq/Q = 94.08;
 * with 40 people α = 1.2 and R = 112.896 (一级), with nobody α = 0.5 and R = 47.04 (三级).
 */
@PlatformTest
class MajorHazardJourneyIT extends BrowserJourney {

    @Test
    void aSafetyManagerSeesAChlorineTankFarmGradedByThePeopleAround() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String chlorine = liquidChlorine(safety, 1.47);
        String farm = created(safety.post("/api/v1/units", unit("TANK_FARM", "TF-CL", "液氯储罐区（浏览器测试）")));
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-1", chlorine, "50", "0.8")));
        created(safety.post("/api/v1/units/" + farm + "/tanks", tank("V-2", chlorine, "50", "0.8")));
        created(safety.post("/api/v1/units/" + farm + "/inventory", Map.of("chemicalId", chlorine)));

        login(enterprise.safetyManager());
        page.navigate(url("/registry/units/" + farm));
        assertThat(page.getByTestId("inventory-tonnes")).hasText("117.6");
        assertThat(page.getByTestId("assessment-s")).hasText("23.52");
        page.getByTestId("assessment-exposed-people").fill("40");
        page.getByTestId("assessment-exposure-save").click();
        assertThat(page.getByTestId("assessment-alpha")).hasText("1.2");
        assertThat(page.getByTestId("assessment-r")).hasText("112.896");
        assertThat(page.getByTestId("unit-assessment").getByTestId("level-tag")).hasText("一级重大危险源");
        screenshot("major-hazard-unit");

        page.navigate(url("/major-hazards"));
        page.getByTestId("source-search").fill("TF-CL");
        page.getByTestId("source-search").press("Enter");
        Locator row = page.getByTestId("source-table").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText("TF-CL"));
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("level-tag")).hasText("一级");
        assertThat(row.getByTestId("source-row-r")).hasText("112.896");
        assertThat(row.getByTestId("source-row-s")).hasText("23.52");
        assertThat(row.getByTestId("accountable-incomplete")).containsText("主要负责人");
        screenshot("major-hazard-list");

        row.getByTestId("source-link").click();
        assertThat(page.getByTestId("source-level").getByTestId("level-tag")).hasText("一级重大危险源");
        assertThat(page.getByTestId("source-r")).hasText("112.896");
        assertThat(page.getByTestId("substance-table")).containsText(EnterpriseRegistryJourneyIT.CHLORINE_CAS);
        assertThat(page.getByTestId("substance-q")).hasText("117.6");
        assertThat(page.getByTestId("substance-beta")).hasText("4");
        assertThat(page.getByTestId("calc-s")).containsText("117.6/5 = 23.52");
        assertThat(page.getByTestId("calc-weighted")).containsText("4 × 23.52 = 94.08");
        assertThat(page.getByTestId("calc-alpha")).containsText("α = 1.2");
        assertThat(page.getByTestId("calc-r")).containsText("1.2 × 94.08 = 112.896");
        assertThat(page.getByTestId("level-row-1")).hasAttribute("data-applies", "true");
        assertThat(page.getByTestId("accountable-missing")).hasCount(3);
        screenshot("major-hazard-detail-level-1");

        page.getByTestId("source-open-unit").click();
        // as a person would: wait until the unit's stored figure is shown before typing over it (filling earlier
        // raced the page's load, which then wrote its value around the typed one)
        assertThat(page.getByTestId("assessment-exposed-people")).hasValue("40");
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
        screenshot("major-hazard-detail-level-3");
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
        screenshot("major-hazard-distribution");

        table.getByTestId("distribution-enterprise").filter(new Locator.FilterOptions().setHasText("枣庄示范储运有限公司"))
                .click();
        assertThat(page.getByTestId("enterprise-detail-name")).hasText("枣庄示范储运有限公司");
        tab("重大危险源").click();
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
        screenshot("major-hazard-supervisor-unit");
    }
}
