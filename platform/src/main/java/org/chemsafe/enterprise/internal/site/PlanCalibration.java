package org.chemsafe.enterprise.internal.site;

/**
 * The similarity transform (scale, rotation, translation) from plan pixels to local metres, fixed by two reference
 * points. Pixels have their origin top left with y pointing down; metres are x east, y north, so the transform
 * includes a flip of the y axis.
 * <p>
 * In complex numbers, with {@code p = px + i·py} and {@code m = x + i·y}: {@code m = a·conj(p) + b}, where
 * {@code |a|} is the scale in metres per pixel and {@code arg(a)} the rotation: the direction the plan's "right"
 * points to, counter-clockwise from east (0° for a plan drawn with north up). Two points give
 * {@code a = (m2 − m1) / conj(p2 − p1)} and {@code b = m1 − a·conj(p1)}.
 */
final class PlanCalibration {

    /** Reference points closer than this on the plan are too imprecise to calibrate with. */
    static final double MIN_PIXEL_DISTANCE = 10;
    static final double MIN_METRES_PER_PIXEL = 0.001;
    static final double MAX_METRES_PER_PIXEL = 100;

    /** One reference point: where it is on the plan (pixels) and where it is on the ground (metres). */
    record ReferencePoint(double pixelX, double pixelY, double x, double y) {
    }

    /** {@code x' = a·x + b·y + c}, {@code y' = d·x + e·y + f}. */
    record Affine(double a, double b, double c, double d, double e, double f) {

        double[] apply(double x, double y) {
            return new double[] { a * x + b * y + c, d * x + e * y + f };
        }
    }

    /** Why two points cannot calibrate a plan. */
    enum Problem {
        NOT_FINITE("not-finite"),
        OUTSIDE_IMAGE("outside-image"),
        COINCIDENT_PIXELS("coincident-pixels"),
        COINCIDENT_METRES("coincident-metres"),
        PIXELS_TOO_CLOSE("pixels-too-close"),
        SCALE_OUT_OF_RANGE("scale-out-of-range");

        private final String slug;

        Problem(String slug) {
            this.slug = slug;
        }

        String messageKey() {
            return "site.calibration." + slug;
        }
    }

    static final class InvalidCalibration extends RuntimeException {

        private final Problem problem;

        InvalidCalibration(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final ReferencePoint first;
    private final ReferencePoint second;
    private final double ar;
    private final double ai;
    private final double br;
    private final double bi;

    private PlanCalibration(ReferencePoint first, ReferencePoint second, double ar, double ai, double br, double bi) {
        this.first = first;
        this.second = second;
        this.ar = ar;
        this.ai = ai;
        this.br = br;
        this.bi = bi;
    }

    /**
     * The calibration of a plan of the given size by two reference points.
     *
     * @throws InvalidCalibration for numbers that are not finite, pixels outside the plan ({@code 0..width},
     *                            {@code 0..height}), coincident points, points less than {@value #MIN_PIXEL_DISTANCE}
     *                            px apart, or a scale outside {@value #MIN_METRES_PER_PIXEL}–{@value
     *                            #MAX_METRES_PER_PIXEL} m/px
     */
    static PlanCalibration of(ReferencePoint first, ReferencePoint second, int widthPx, int heightPx) {
        for (ReferencePoint point : new ReferencePoint[] { first, second }) {
            if (!finite(point.pixelX(), point.pixelY(), point.x(), point.y())) {
                throw new InvalidCalibration(Problem.NOT_FINITE);
            }
            if (point.pixelX() < 0 || point.pixelX() > widthPx || point.pixelY() < 0 || point.pixelY() > heightPx) {
                throw new InvalidCalibration(Problem.OUTSIDE_IMAGE);
            }
        }
        double du = second.pixelX() - first.pixelX();
        double dw = -(second.pixelY() - first.pixelY()); // conj(p2 − p1): y flipped
        double dx = second.x() - first.x();
        double dy = second.y() - first.y();
        double pixelDistance = Math.hypot(du, dw);
        double metreDistance = Math.hypot(dx, dy);
        if (pixelDistance == 0) {
            throw new InvalidCalibration(Problem.COINCIDENT_PIXELS);
        }
        if (metreDistance == 0) {
            throw new InvalidCalibration(Problem.COINCIDENT_METRES);
        }
        if (pixelDistance < MIN_PIXEL_DISTANCE) {
            throw new InvalidCalibration(Problem.PIXELS_TOO_CLOSE);
        }
        double scale = metreDistance / pixelDistance;
        if (!(scale >= MIN_METRES_PER_PIXEL && scale <= MAX_METRES_PER_PIXEL)) {
            throw new InvalidCalibration(Problem.SCALE_OUT_OF_RANGE);
        }
        double norm = du * du + dw * dw;
        // a = (dx + i·dy) / (du + i·dw) = (dx + i·dy)(du − i·dw) / |du + i·dw|²
        double ar = (dx * du + dy * dw) / norm;
        double ai = (dy * du - dx * dw) / norm;
        // b = m1 − a·conj(p1), a·conj(p1) = (ar·px + ai·py) + i·(ai·px − ar·py)
        double br = first.x() - (ar * first.pixelX() + ai * first.pixelY());
        double bi = first.y() - (ai * first.pixelX() - ar * first.pixelY());
        return new PlanCalibration(first, second, ar, ai, br, bi);
    }

    private static boolean finite(double... values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    ReferencePoint first() {
        return first;
    }

    ReferencePoint second() {
        return second;
    }

    double metresPerPixel() {
        return Math.hypot(ar, ai);
    }

    /** Counter-clockwise angle from east to the plan's "right" direction, in degrees, in (−180, 180]. */
    double rotationDegrees() {
        double degrees = Math.toDegrees(Math.atan2(ai, ar));
        return degrees == -180 ? 180 : degrees;
    }

    /** Plan pixels → local metres. */
    Affine pixelToMetre() {
        return new Affine(ar, ai, br, ai, -ar, bi);
    }

    /**
     * Local metres → plan pixels. The linear part {@code [[ar, ai], [ai, −ar]]} squares to {@code s²·I}, so its
     * inverse is itself divided by {@code s²}.
     */
    Affine metreToPixel() {
        double s2 = ar * ar + ai * ai;
        double a = ar / s2;
        double b = ai / s2;
        return new Affine(a, b, -(a * br + b * bi), b, -a, -(b * br - a * bi));
    }

    double[] toMetres(double pixelX, double pixelY) {
        return pixelToMetre().apply(pixelX, pixelY);
    }

    double[] toPixels(double x, double y) {
        return metreToPixel().apply(x, y);
    }
}
