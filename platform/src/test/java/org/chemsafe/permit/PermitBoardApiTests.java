package org.chemsafe.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.chemsafe.support.TestPermitForms;
import org.chemsafe.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The live board of a site: today's permits placed on its plan by their position, those without one apart, a permit
 * planned for tomorrow not yet there; another enterprise's site is not found.
 */
@PlatformTest
class PermitBoardApiTests {

    @LocalServerPort
    int port;

    @Test
    void todaysPermitsArePlacedOnTheSitePlan() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String site = created(safety.post("/api/v1/sites", Map.of("name", "一厂区")));
        Instant now = Instant.now();
        Map<String, Object> placed = application("1号罐区", "HOT_WORK",
                TestPeople.trainedGuardian(safety, "张监护"), now, now.plus(4, ChronoUnit.HOURS));
        placed.put("position", Map.of("siteId", site, "x", 120.5, "y", 80));
        String hot = created(safety.post("/api/v1/permits", TestPermitForms.filled(placed)));
        String height = created(safety.post("/api/v1/permits", TestPermitForms.filled(application("管廊", "HEIGHT",
                TestPeople.trainedGuardian(safety, "李监护"), now,
                now.plus(4, ChronoUnit.HOURS)))));
        Instant tomorrow = now.plus(2, ChronoUnit.DAYS);
        created(safety.post("/api/v1/permits", TestPermitForms.filled(application("泵房", "CONFINED_SPACE",
                TestPeople.trainedGuardian(safety, "王监护"), tomorrow,
                tomorrow.plus(4, ChronoUnit.HOURS)))));

        JsonNode board = safety.get("/api/v1/permits/board?siteId=" + site).json();
        assertThat(board.path("placed").valueStream().map(entry -> entry.path("id").asString())).containsExactly(hot);
        JsonNode entry = board.path("placed").get(0);
        assertThat(entry.path("x").asDouble()).isEqualTo(120.5);
        assertThat(entry.path("status").asString()).isEqualTo("APPLIED");
        assertThat(entry.path("guardian").asString()).isEqualTo("张监护");
        assertThat(board.path("unplaced").valueStream().map(e -> e.path("id").asString())).containsExactly(height);

        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        assertThat(other.get("/api/v1/permits/board?siteId=" + site).status()).isEqualTo(404);
        Map<String, Object> foreign = application("别家罐区", "HOT_WORK",
                TestPeople.trainedGuardian(other, "赵监护"), now, now.plus(4, ChronoUnit.HOURS));
        foreign.put("position", Map.of("siteId", site, "x", 10, "y", 10));
        var refused = other.post("/api/v1/permits", TestPermitForms.filled(foreign));
        assertThat(refused.status()).as("a place on another enterprise's plan").isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("field").asString()).isEqualTo("position.siteId");
        assertThat(safety.get("/api/v1/permits/board?siteId=" + site + "&day=2026-13-01").status()).isEqualTo(400);
        assertThat(safety.get("/api/v1/permits/board").status()).isEqualTo(400);
    }

    private static Map<String, Object> application(String location, String type, String guardianId, Instant start,
            Instant end) {
        Map<String, Object> facts = new HashMap<>(Map.of("type", type, "plannedStart", start.toString(), "plannedEnd",
                end.toString()));
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
