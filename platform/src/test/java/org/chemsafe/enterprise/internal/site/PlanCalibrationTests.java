package org.chemsafe.enterprise.internal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chemsafe.support.PropertyRunner.forAll;

import org.chemsafe.enterprise.internal.site.PlanCalibration.Affine;
import org.chemsafe.enterprise.internal.site.PlanCalibration.InvalidCalibration;
import org.chemsafe.enterprise.internal.site.PlanCalibration.Problem;
import org.chemsafe.enterprise.internal.site.PlanCalibration.ReferencePoint;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/** Two reference points → the similarity transform between plan pixels (y down) and local metres (y north). */
class PlanCalibrationTests {

    static final double EXACT = 1e-12;

    @Test
    void aNorthUpPlanFlipsYAndScales() {
        // 1 px = 0.5 m, plan drawn north up; pixel (0, 0) is at (100 m, 200 m)
        PlanCalibration calibration = PlanCalibration.of(new ReferencePoint(0, 0, 100, 200),
                new ReferencePoint(200, 100, 200, 150), 1000, 800);

        assertThat(calibration.metresPerPixel()).isCloseTo(0.5, within(EXACT));
        assertThat(calibration.rotationDegrees()).isCloseTo(0, within(EXACT));
        assertAffine(calibration.pixelToMetre(), new Affine(0.5, 0, 100, 0, -0.5, 200));
        assertAffine(calibration.metreToPixel(), new Affine(2, 0, -200, 0, -2, 400));
        assertPoint(calibration.toMetres(10, 20), 105, 190);
        assertPoint(calibration.toPixels(105, 190), 10, 20);
        // the reference points themselves map exactly
        assertPoint(calibration.toMetres(200, 100), 200, 150);
    }

    @Test
    void aPlanWithNorthToTheRightIsRotatedByNinetyDegrees() {
        // moving right on the plan goes north; 1 px = 1 m
        PlanCalibration calibration = PlanCalibration.of(new ReferencePoint(0, 0, 0, 0),
                new ReferencePoint(100, 0, 0, 100), 500, 500);

        assertThat(calibration.metresPerPixel()).isCloseTo(1, within(EXACT));
        assertThat(calibration.rotationDegrees()).isCloseTo(90, within(EXACT));
        // moving down on the plan therefore goes east
        assertPoint(calibration.toMetres(0, 100), 100, 0);
        assertPoint(calibration.toMetres(30, 40), 40, 30);
        assertPoint(calibration.toPixels(40, 30), 30, 40);
        assertAffine(calibration.pixelToMetre(), new Affine(0, 1, 0, 1, 0, 0));
        assertAffine(calibration.metreToPixel(), new Affine(0, 1, 0, 1, 0, 0));
    }

    @Test
    void anUpsideDownPlanIsRotatedByHalfATurn() {
        PlanCalibration calibration = PlanCalibration.of(new ReferencePoint(10, 10, 0, 0),
                new ReferencePoint(110, 10, -200, 0), 500, 500);

        assertThat(calibration.metresPerPixel()).isCloseTo(2, within(EXACT));
        assertThat(calibration.rotationDegrees()).isCloseTo(180, within(EXACT));
        assertPoint(calibration.toMetres(10, 60), 0, 100);
    }

    @Test
    void roundTripsAtAnOddAngle() {
        PlanCalibration calibration = PlanCalibration.of(new ReferencePoint(123.4, 567.8, -1500.25, 8000.5),
                new ReferencePoint(987.6, 54.3, -1234.5, 8777.75), 1200, 900);
        for (double[] pixel : new double[][] { { 0, 0 }, { 1200, 900 }, { 33.3, 888.8 }, { 600, 450 } }) {
            double[] metres = calibration.toMetres(pixel[0], pixel[1]);
            assertPoint(calibration.toPixels(metres[0], metres[1]), pixel[0], pixel[1]);
        }
        assertPoint(calibration.toMetres(123.4, 567.8), -1500.25, 8000.5);
        assertPoint(calibration.toMetres(987.6, 54.3), -1234.5, 8777.75);
    }

    @Test
    void refusesPointsItCannotCalibrateWith() {
        ReferencePoint origin = new ReferencePoint(0, 0, 0, 0);
        assertProblem(origin, new ReferencePoint(0, 0, 10, 10), Problem.COINCIDENT_PIXELS);
        assertProblem(origin, new ReferencePoint(100, 0, 0, 0), Problem.COINCIDENT_METRES);
        assertProblem(origin, new ReferencePoint(6, 7, 10, 10), Problem.PIXELS_TOO_CLOSE);
        assertProblem(origin, new ReferencePoint(1001, 0, 10, 10), Problem.OUTSIDE_IMAGE);
        assertProblem(origin, new ReferencePoint(10, -1, 10, 10), Problem.OUTSIDE_IMAGE);
        assertProblem(origin, new ReferencePoint(100, 0, Double.NaN, 10), Problem.NOT_FINITE);
        assertProblem(origin, new ReferencePoint(100, 0, Double.POSITIVE_INFINITY, 10), Problem.NOT_FINITE);
        // 100 px for 1 mm, and 100 px for 20 km
        assertProblem(origin, new ReferencePoint(100, 0, 0.001, 0), Problem.SCALE_OUT_OF_RANGE);
        assertProblem(origin, new ReferencePoint(100, 0, 20_000, 0), Problem.SCALE_OUT_OF_RANGE);
        // the limits themselves are fine
        assertThat(PlanCalibration.of(origin, new ReferencePoint(100, 0, 0.1, 0), 1000, 1000).metresPerPixel())
                .isCloseTo(0.001, within(EXACT));
        assertThat(PlanCalibration.of(origin, new ReferencePoint(10, 0, 1000, 0), 1000, 1000).metresPerPixel())
                .isCloseTo(100, within(EXACT));
        // the image edges are on the image
        assertThat(PlanCalibration.of(origin, new ReferencePoint(1000, 1000, 500, -500), 1000, 1000)
                .metresPerPixel()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void pixelToMetreToPixelRoundTrips() {
        forAll(2000, random -> {
            PlanCalibration calibration = calibration(random);
            double pixelX = random.doubleBetween(-5000, 25000);
            double pixelY = random.doubleBetween(-5000, 25000);
            double[] metres = calibration.toMetres(pixelX, pixelY);
            double[] back = calibration.toPixels(metres[0], metres[1]);

            assertThat(back[0]).isCloseTo(pixelX, within(1e-6));
            assertThat(back[1]).isCloseTo(pixelY, within(1e-6));
        });
    }

    @Test
    void recoversTheTransformThatPlacedThePoints() {
        forAll(500, random -> {
            double log10Scale = random.doubleBetween(-2.95, 1.99);
            double rotation = random.doubleBetween(-179.9, 180);
            double tx = random.doubleBetween(-50_000, 50_000);
            double ty = random.doubleBetween(-50_000, 50_000);
            double scale = Math.pow(10, log10Scale);
            double theta = Math.toRadians(rotation);
            double[] p1 = { 100, 200 };
            double[] p2 = { 900, 700 };
            ReferencePoint first = new ReferencePoint(p1[0], p1[1], x(p1, scale, theta, tx), y(p1, scale, theta, ty));
            ReferencePoint second = new ReferencePoint(p2[0], p2[1], x(p2, scale, theta, tx),
                    y(p2, scale, theta, ty));

            PlanCalibration calibration = PlanCalibration.of(first, second, 1000, 1000);

            assertThat(calibration.metresPerPixel()).isCloseTo(scale, within(scale * 1e-9));
            double turn = calibration.rotationDegrees() - rotation; // compared modulo a full turn: 180 ≡ -180
            assertThat(turn - 360 * Math.rint(turn / 360)).isCloseTo(0, within(1e-6));
            assertThat(calibration.rotationDegrees()).isGreaterThan(-180).isLessThanOrEqualTo(180);
            assertPoint(calibration.toMetres(500, 500), x(new double[] { 500, 500 }, scale, theta, tx),
                    y(new double[] { 500, 500 }, scale, theta, ty), 1e-6);
        });
    }

    /** Two reference points on a 20,000 px plan at a distance and direction that give a sane scale. */
    private static PlanCalibration calibration(SeededRandom random) {
        double px1 = random.doubleBetween(0, 20_000);
        double py1 = random.doubleBetween(0, 20_000);
        double x1 = random.doubleBetween(-100_000, 100_000);
        double y1 = random.doubleBetween(-100_000, 100_000);
        double px2 = random.doubleBetween(0, 20_000);
        double py2 = random.doubleBetween(0, 20_000);
        double log10Scale = random.doubleBetween(-2.95, 1.99);
        double degrees = random.doubleBetween(-180, 180);
        double pixelDistance = Math.hypot(px2 - px1, py2 - py1);
        if (pixelDistance < PlanCalibration.MIN_PIXEL_DISTANCE) {
            px2 = px1 < 10_000 ? px1 + 100 : px1 - 100;
            pixelDistance = Math.hypot(px2 - px1, py2 - py1);
        }
        double metres = pixelDistance * Math.pow(10, log10Scale); // 0.0011 to 98 m/px
        double theta = Math.toRadians(degrees);
        return PlanCalibration.of(new ReferencePoint(px1, py1, x1, y1),
                new ReferencePoint(px2, py2, x1 + metres * Math.cos(theta), y1 + metres * Math.sin(theta)),
                20_000, 20_000);
    }

    /** m = s·R(θ)·(px, −py) + t */
    private static double x(double[] pixel, double scale, double theta, double tx) {
        return scale * (Math.cos(theta) * pixel[0] + Math.sin(theta) * pixel[1]) + tx;
    }

    private static double y(double[] pixel, double scale, double theta, double ty) {
        return scale * (Math.sin(theta) * pixel[0] - Math.cos(theta) * pixel[1]) + ty;
    }

    private static void assertProblem(ReferencePoint first, ReferencePoint second, Problem problem) {
        assertThatThrownBy(() -> PlanCalibration.of(first, second, 1000, 1000))
                .isInstanceOfSatisfying(InvalidCalibration.class, ex -> assertThat(ex.problem()).isEqualTo(problem));
    }

    private static void assertPoint(double[] actual, double x, double y) {
        assertPoint(actual, x, y, 1e-9);
    }

    private static void assertPoint(double[] actual, double x, double y, double tolerance) {
        assertThat(actual[0]).as("x").isCloseTo(x, within(tolerance));
        assertThat(actual[1]).as("y").isCloseTo(y, within(tolerance));
    }

    private static void assertAffine(Affine actual, Affine expected) {
        double[] a = { actual.a(), actual.b(), actual.c(), actual.d(), actual.e(), actual.f() };
        double[] e = { expected.a(), expected.b(), expected.c(), expected.d(), expected.e(), expected.f() };
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("coefficient " + "abcdef".charAt(i)).isCloseTo(e[i], within(1e-9));
        }
    }
}
