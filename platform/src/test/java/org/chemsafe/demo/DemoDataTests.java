package org.chemsafe.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The demo data: major hazard sources of every level, graded as the standard's numbers say, with 包保 people. */
@PlatformTest
class DemoDataTests {

    @LocalServerPort
    int port;

    @Test
    void demoSourcesHaveEveryLevelAndTheirAccountablePeople() {
        Map<String, JsonNode> sources = new HashMap<>();
        for (JsonNode source : ApiClient.loggedIn(port, "district").get("/api/v1/major-hazard-sources?size=200")
                .json().path("content")) {
            if (source.path("enterpriseName").asString().startsWith("枣庄示范")) {
                sources.putIfAbsent(source.path("unitCode").asString(), source);
            }
        }
        assertThat(sources.get("TF-A").path("level").asInt()).isEqualTo(1);
        assertThat(sources.get("TF-A").path("r").decimalValue()).isEqualByComparingTo("240");
        assertThat(sources.get("TF-01").path("level").asInt()).isEqualTo(2);
        assertThat(sources.get("TF-01").path("r").decimalValue()).isEqualByComparingTo("67.7376");
        assertThat(sources.get("PU-01").path("level").asInt()).isEqualTo(3);
        assertThat(sources.get("PU-01").path("r").decimalValue()).isEqualByComparingTo("12.8");
        assertThat(sources.get("TF-B").path("r").decimalValue()).as("R = 10 exactly").isEqualByComparingTo("10");
        assertThat(sources.get("TF-B").path("level").asInt()).as("a boundary takes the more severe level")
                .isEqualTo(3);
        assertThat(sources.get("TF-C").path("level").asInt()).isEqualTo(4);
        assertThat(sources).doesNotContainKey("WH-01");

        assertThat(sources.get("TF-01").path("accountableComplete").asBoolean()).isTrue();
        assertThat(sources.get("TF-A").path("accountableComplete").asBoolean()).isTrue();
        assertThat(sources.get("TF-C").path("accountableComplete").asBoolean()).isFalse();
        assertThat(sources.get("TF-C").path("missingRoles").size()).isEqualTo(3);
    }

    @Test
    void eachDemoEnterpriseHasACalibratedSitePlanWithAreasInEveryRiskColour() {
        for (String username : new String[] {"safety", "storage.safety"}) {
            ApiClient safety = ApiClient.loggedIn(port, username);
            JsonNode site = safety.get("/api/v1/sites").json().path("content").get(0);
            assertThat(site.path("name").asString()).isEqualTo("厂区总平面图");
            assertThat(site.path("plan").path("widthPx").asInt()).isEqualTo(1200);
            assertThat(site.path("plan").path("heightPx").asInt()).isEqualTo(800);
            assertThat(site.path("calibration").path("metresPerPixel").asDouble()).isCloseTo(0.25, within(1e-9));
            assertThat(site.path("areaCount").asInt()).isEqualTo(4);
            JsonNode areas = safety.get("/api/v1/sites/" + site.path("id").asString() + "/areas").json();
            assertThat(areas.valueStream().map(area -> area.path("kind").asString())).contains("STORAGE");
            assertThat(safety.getBytes(site.path("plan").path("url").asString()).statusCode()).isEqualTo(200);
            JsonNode riskMap = safety.get("/api/v1/risk-map?siteId=" + site.path("id").asString()).json();
            assertThat(riskMap.path("areas").valueStream().map(area -> area.path("colour").asString()))
                    .as("the four-colour map shows every colour").containsExactlyInAnyOrder("RED", "ORANGE", "YELLOW",
                            "BLUE");
        }
    }
}
