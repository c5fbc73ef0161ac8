package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.chemsafe.simulator.DemoPlant;
import org.chemsafe.simulator.SitePlanImage;
import org.chemsafe.support.ApiClient.Response;

/**
 * A site of a test enterprise with the simulator's drawn plan of the demo chemical plant (1,200 × 800 px), calibrated
 * at 0.25 m a pixel with north up: the plan's bottom-left corner is the origin, so pixel (px, py) is metre
 * (px / 4, (800 − py) / 4).
 */
public final class TestSites {

    private TestSites() {
    }

    /** Creates the site with its plan and calibration; answers its id. */
    public static String withPlan(ApiClient client, String name) {
        String site = RegistryFixtures.created(client.post("/api/v1/sites", Map.of("name", name)));
        Response plan = client.putFile("/api/v1/sites/" + site + "/plan", "file", "plan.png",
                SitePlanImage.png(DemoPlant.PLAN_WIDTH, DemoPlant.PLAN_HEIGHT, DemoPlant.chemicalsPlan()), "image/png");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        double scale = DemoPlant.METRES_PER_PIXEL;
        Response calibrated = client.put("/api/v1/sites/" + site + "/calibration", Map.of("points", List.of(
                Map.of("pixelX", 0, "pixelY", DemoPlant.PLAN_HEIGHT, "x", 0, "y", 0),
                Map.of("pixelX", DemoPlant.PLAN_WIDTH, "pixelY", 0, "x", DemoPlant.PLAN_WIDTH * scale, "y",
                        DemoPlant.PLAN_HEIGHT * scale))));
        assertThat(calibrated.status()).as(calibrated.body()).isEqualTo(200);
        return site;
    }
}
