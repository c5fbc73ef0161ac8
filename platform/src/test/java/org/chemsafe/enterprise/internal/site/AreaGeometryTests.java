package org.chemsafe.enterprise.internal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chemsafe.enterprise.internal.site.AreaGeometry.InvalidPolygon;
import org.chemsafe.enterprise.internal.site.AreaGeometry.Problem;
import org.junit.jupiter.api.Test;

class AreaGeometryTests {

    @Test
    void aRectangleHasItsAreaAndContainsItsInside() {
        AreaGeometry rectangle = AreaGeometry.of(points(0, 0, 40, 0, 40, 25, 0, 25));

        assertThat(rectangle.areaM2()).isCloseTo(1000, within(1e-9));
        assertThat(rectangle.vertices()).hasSize(4);
        assertThat(rectangle.covers(20, 10)).isTrue();
        assertThat(rectangle.covers(40, 10)).as("boundary").isTrue();
        assertThat(rectangle.covers(41, 10)).isFalse();
        double[] label = rectangle.labelPoint();
        assertThat(rectangle.covers(label[0], label[1])).isTrue();
        assertThat(rectangle.envelope().getMaxX()).isEqualTo(40);
    }

    @Test
    void aClosedRingIsStoredOpenAndEitherOrientationWorks() {
        AreaGeometry closed = AreaGeometry.of(points(0, 0, 0, 10, 10, 10, 10, 0, 0, 0));

        assertThat(closed.vertices()).hasSize(4);
        assertThat(closed.areaM2()).isCloseTo(100, within(1e-9));
    }

    @Test
    void anLShapeIsFine() {
        AreaGeometry shape = AreaGeometry.of(points(0, 0, 20, 0, 20, 10, 10, 10, 10, 20, 0, 20));

        assertThat(shape.areaM2()).isCloseTo(300, within(1e-9));
        assertThat(shape.covers(15, 15)).isFalse();
        double[] label = AreaGeometry.labelPointOf(shape.vertices());
        assertThat(shape.covers(label[0], label[1])).isTrue();
    }

    @Test
    void refusesBadPolygons() {
        assertProblem(points(0, 0, 10, 10, 10, 0, 0, 10), Problem.SELF_INTERSECTION); // bow-tie
        assertProblem(points(0, 0, 10, 0), Problem.TOO_FEW_VERTICES);
        assertProblem(points(0, 0, 10, 0, 0, 0), Problem.TOO_FEW_VERTICES); // closed two-point ring
        assertProblem(points(0, 0, 10, 0, 20, 0), Problem.SELF_INTERSECTION); // collinear: no inside
        assertProblem(points(0, 0, 0.1, 0, 0, 0.1), Problem.EMPTY); // 0.005 m²
        assertProblem(points(0, 0, 100_001, 0, 0, 10), Problem.BAD_COORDINATE);
        assertProblem(points(0, 0, Double.NaN, 0, 0, 10), Problem.BAD_COORDINATE);
        assertProblem(points(0, 0, Double.POSITIVE_INFINITY, 0, 0, 10), Problem.BAD_COORDINATE);
        assertProblem(List.of(List.of(0.0, 0.0), List.of(1.0), List.of(0.0, 1.0)), Problem.BAD_COORDINATE);
        assertProblem(Arrays.asList(List.of(0.0, 0.0), null, List.of(0.0, 1.0)), Problem.BAD_COORDINATE);
        List<List<Double>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            double angle = 2 * Math.PI * i / 501;
            tooMany.add(List.of(100 * Math.cos(angle), 100 * Math.sin(angle)));
        }
        assertProblem(tooMany, Problem.TOO_MANY_VERTICES);
        assertThat(AreaGeometry.of(tooMany.subList(0, 500)).vertices()).hasSize(500);
        // a ring touching itself at a vertex (an "inverted" hole) is not simple either
        assertProblem(points(0, 0, 20, 0, 20, 20, 10, 0, 0, 20), Problem.SELF_INTERSECTION);
    }

    static List<List<Double>> points(double... coordinates) {
        List<List<Double>> points = new ArrayList<>();
        for (int i = 0; i < coordinates.length; i += 2) {
            points.add(List.of(coordinates[i], coordinates[i + 1]));
        }
        return points;
    }

    private static void assertProblem(List<List<Double>> points, Problem problem) {
        assertThatThrownBy(() -> AreaGeometry.of(points))
                .isInstanceOfSatisfying(InvalidPolygon.class, ex -> assertThat(ex.problem()).isEqualTo(problem));
    }
}
