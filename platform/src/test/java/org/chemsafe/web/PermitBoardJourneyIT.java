package org.chemsafe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.RegistryFixtures;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.chemsafe.support.TestSites;
import org.junit.jupiter.api.Test;

/**
 * A shift leader opens the live board: today's hot work sits on the site plan at its place (in the tank farm TF-01),
 * coloured as waiting for signatures, the work without a place is listed below, and a marker opens its permit.
 */
@PlatformTest
class PermitBoardJourneyIT extends BrowserJourney {

    @Test
    void todaysWorkSitsOnTheSitePlanAtItsPlace() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String site = TestSites.withPlan(safety, "一厂区");
        Instant now = Instant.now();
        // the middle of TF-01 on the plan, (270, 250) px, is (67.5, 137.5) m
        Map<String, Object> hotWork = application("TF-01 液氯罐区", "HOT_WORK",
                TestPeople.trainedGuardian(safety, "张监护"), now);
        hotWork.put("position", Map.of("siteId", site, "x", 67.5, "y", 137.5));
        String hot = RegistryFixtures.created(safety.post("/api/v1/permits", TestPermitForms.filled(hotWork)));
        String number = safety.get("/api/v1/permits/" + hot).json().path("number").asString();
        RegistryFixtures.created(safety.post("/api/v1/permits", TestPermitForms.filled(application("综合楼屋面", "HEIGHT",
                TestPeople.trainedGuardian(safety, "李监护"), now))));

        login(enterprise.safetyManager());
        page.navigate(url("/permits/board"));
        assertThat(page.getByTestId("board-count")).hasText("平面图上 1 张，未标注位置 1 张");
        var marker = page.getByTestId("board-marker-" + number);
        assertThat(marker).hasAttribute("data-status", "APPLIED");
        assertThat(marker).containsText("动火");
        assertThat(marker).hasAttribute("style", Pattern.compile("left: 22\\.5%; top: 31\\.25%"));
        assertThat(page.getByTestId("board-unplaced")).containsText("综合楼屋面");
        screenshot("permit-board");
        marker.click();
        page.waitForURL(Pattern.compile(".*/permits/" + hot));
    }

    private static Map<String, Object> application(String location, String type, String guardianId, Instant start) {
        Map<String, Object> facts = new HashMap<>(Map.of("type", type, "plannedStart", start.toString(), "plannedEnd",
                start.plus(4, ChronoUnit.HOURS).toString()));
        if (type.equals("HOT_WORK")) {
            facts.put("fireExplosionArea", true);
        }
        if (type.equals("HEIGHT")) {
            facts.put("heightMetres", 8);
        }
        return new HashMap<>(Map.of("location", location, "content", "检修", "guardianId", guardianId, "facts",
                facts));
    }
}
