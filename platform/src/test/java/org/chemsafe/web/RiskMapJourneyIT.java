package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;

import org.chemsafe.simulator.DemoPlant;
import org.chemsafe.simulator.PlanZone;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.RegistryFixtures;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestSites;
import org.junit.jupiter.api.Test;

/**
 * A safety manager opens the four-colour risk map of a site whose areas hold assessed risk units: the tank farm is
 * red (a major risk), the warehouse orange, the unit yellow, the offices uncoloured, and the table lists the counts.
 */
@PlatformTest
class RiskMapJourneyIT extends BrowserJourney {

    @Test
    void aSafetyManagerSeesEachAreaInTheColourOfItsHighestRisk() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String site = TestSites.withPlan(safety, "一厂区");
        List<PlanZone> zones = DemoPlant.chemicalsPlan();
        double scale = DemoPlant.METRES_PER_PIXEL;
        Map<String, String> areas = new HashMap<>();
        for (PlanZone zone : zones) {
            double west = zone.x() * scale;
            double east = (zone.x() + zone.width()) * scale;
            double north = (DemoPlant.PLAN_HEIGHT - zone.y()) * scale;
            double south = (DemoPlant.PLAN_HEIGHT - zone.y() - zone.height()) * scale;
            areas.put(zone.name(), RegistryFixtures.created(safety.post("/api/v1/sites/" + site + "/areas",
                    Map.of("name", zone.name(), "kind", zone.kind(), "polygon", List.of(List.of(west, south),
                            List.of(east, south), List.of(east, north), List.of(west, north))))));
        }
        String object = RegistryFixtures.created(safety.post("/api/v1/risk-objects", Map.of("name", "一厂区")));
        assess(safety, object, "液氯储罐", areas.get("液氯罐区"), Map.of("method", "LS", "l", 5, "s", 5));
        assess(safety, object, "氯化反应", areas.get("氯化装置"), Map.of("method", "LEC", "l", 3, "e", 6, "c", 7));
        assess(safety, object, "危化品仓储", areas.get("甲类仓库"), Map.of("method", "LEC", "l", 6, "e", 6, "c", 7));

        login(enterprise.safetyManager());
        page.navigate(url("/risk-map"));
        assertThat(page.getByTestId("risk-map")).isVisible();
        assertThat(page.getByTestId("risk-map-area-液氯罐区")).hasAttribute("data-colour", "RED");
        assertThat(page.getByTestId("risk-map-area-甲类仓库")).hasAttribute("data-colour", "ORANGE");
        assertThat(page.getByTestId("risk-map-area-氯化装置")).hasAttribute("data-colour", "YELLOW");
        assertThat(page.getByTestId("risk-map-area-办公区")).hasAttribute("data-colour", "NONE");
        Locator tankRow = page.getByTestId("risk-map-table").locator(".el-table__row")
                .filter(new Locator.FilterOptions().setHasText("液氯罐区"));
        assertThat(tankRow).containsText("重大风险");
        assertThat(page.getByTestId("risk-map-print")).isVisible();
        screenshot("risk-map");
    }

    @Test
    void aSafetyManagerSetsTheEnterprisesOwnRiskCriteriaAndGoesBack() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        login(enterprise.safetyManager());
        page.navigate(url("/risk-calculator"));
        assertThat(page.getByTestId("risk-bands-own")).hasText("平台默认准则");
        page.locator("[data-testid=risk-band-MAJOR] input, input[data-testid=risk-band-MAJOR]").fill("250");
        page.getByTestId("risk-bands-save").click();
        assertThat(page.getByTestId("risk-bands-own")).hasText("本企业准则");
        org.assertj.core.api.Assertions.assertThat(enterprise.safetyManager(port).post(
                "/api/v1/risk-assessments/calculate", java.util.Map.of("method", "LEC", "l", 6, "e", 6, "c", 7)).json()
                .path("level").asString()).as("6 × 6 × 7 = 252 by the saved criteria").isEqualTo("MAJOR");
        screenshot("risk-criteria");
        page.getByTestId("risk-bands-reset").click();
        assertThat(page.getByTestId("risk-bands-own")).hasText("平台默认准则");
    }

    private static void assess(ApiClient client, String object, String unitName, String areaId,
            Map<String, Object> assessment) {
        String unit = RegistryFixtures.created(client.post("/api/v1/risk-objects/" + object + "/units",
                Map.of("riskUnitName", unitName, "areaId", areaId)));
        String event = RegistryFixtures.created(client.post("/api/v1/risk-units/" + unit + "/events",
                Map.of("riskEventName", unitName + "事故")));
        org.assertj.core.api.Assertions
                .assertThat(client.post("/api/v1/risk-events/" + event + "/assessments", assessment).status())
                .isEqualTo(201);
    }
}
