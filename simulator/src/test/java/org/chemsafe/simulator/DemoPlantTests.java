package org.chemsafe.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class DemoPlantTests {

    @Test
    void everyPointHasAUniqueTagAndSitsInsideAZoneOfItsPlan() {
        check(DemoPlant.chemicals(), DemoPlant.chemicalsPlan());
        check(DemoPlant.storage(), DemoPlant.storagePlan());
    }

    @Test
    void thePlanIsAPngOfThePlanSize() throws Exception {
        byte[] png = SitePlanImage.png(DemoPlant.PLAN_WIDTH, DemoPlant.PLAN_HEIGHT, DemoPlant.chemicalsPlan());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(DemoPlant.PLAN_WIDTH);
        assertThat(image.getHeight()).isEqualTo(DemoPlant.PLAN_HEIGHT);
        assertThat(image.getRGB(10, 10)).as("the ground, not black").isNotEqualTo(0xFF000000);
    }

    private static void check(List<PlantPoint> points, List<PlanZone> zones) {
        Set<String> tags = new HashSet<>();
        for (PlantPoint point : points) {
            assertThat(tags.add(point.tag())).as(point.tag()).isTrue();
            assertThat(zones).as("%s at (%s, %s)", point.tag(), point.planX(), point.planY())
                    .anyMatch(zone -> point.planX() >= zone.x() && point.planX() <= zone.x() + zone.width()
                            && point.planY() >= zone.y() && point.planY() <= zone.y() + zone.height());
        }
    }
}
