package org.chemsafe.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A plant of {@code n} synthetic points for load generation, tags {@code SIM-000001} on: pressures wandering around
 * 1 MPa, published. Register them with the points workbook before publishing (unknown tags are rejected).
 */
public final class LoadPlant {

    private LoadPlant() {
    }

    public static List<PlantPoint> of(int n) {
        List<PlantPoint> points = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            points.add(new PlantPoint(tag(i), "负载测试点 " + i, Indicator.PRESSURE, "MPa", 0, 2.5, AlarmLimits.NONE, null,
                    null, Channel.PUBLISHED, 0, 0, random -> new Wander(1, 0.02, 60, random)));
        }
        return points;
    }

    public static String tag(int i) {
        return String.format("SIM-%06d", i);
    }
}
