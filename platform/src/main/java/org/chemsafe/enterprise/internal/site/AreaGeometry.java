package org.chemsafe.enterprise.internal.site;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The polygon of an area in local metres, checked with JTS: 3 to {@value #MAX_VERTICES} vertices, finite
 * coordinates within ±{@value #MAX_ABS_COORDINATE} m, a simple ring (no self-intersection, no self-touching) and an
 * area of at least {@value #MIN_AREA_M2} m² (what the stored two decimals can hold). A ring given closed (last vertex
 * = first) is stored open, as the schema expects.
 */
final class AreaGeometry {

    static final int MIN_VERTICES = 3;
    static final int MAX_VERTICES = 500;
    static final double MAX_ABS_COORDINATE = 100_000;
    static final double MIN_AREA_M2 = 0.01;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    enum Problem {
        TOO_FEW_VERTICES("too-few-vertices"),
        TOO_MANY_VERTICES("too-many-vertices"),
        BAD_COORDINATE("bad-coordinate"),
        SELF_INTERSECTION("self-intersection"),
        INVALID("invalid"),
        EMPTY("empty");

        private final String slug;

        Problem(String slug) {
            this.slug = slug;
        }

        String messageKey() {
            return "site.area.polygon." + slug;
        }
    }

    static final class InvalidPolygon extends RuntimeException {

        private final Problem problem;

        InvalidPolygon(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final List<double[]> vertices;
    private final Polygon polygon;

    private AreaGeometry(List<double[]> vertices, Polygon polygon) {
        this.vertices = vertices;
        this.polygon = polygon;
    }

    /** Checks and builds the polygon from {@code [[x, y], ...]}. */
    static AreaGeometry of(List<? extends List<? extends Number>> points) {
        List<double[]> vertices = new ArrayList<>(points.size());
        for (List<? extends Number> point : points) {
            if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
                throw new InvalidPolygon(Problem.BAD_COORDINATE);
            }
            double x = point.get(0).doubleValue();
            double y = point.get(1).doubleValue();
            if (!validCoordinate(x) || !validCoordinate(y)) {
                throw new InvalidPolygon(Problem.BAD_COORDINATE);
            }
            vertices.add(new double[] { x, y });
        }
        if (vertices.size() > 1 && same(vertices.get(0), vertices.get(vertices.size() - 1))) {
            vertices.remove(vertices.size() - 1);
        }
        if (vertices.size() < MIN_VERTICES) {
            throw new InvalidPolygon(Problem.TOO_FEW_VERTICES);
        }
        if (vertices.size() > MAX_VERTICES) {
            throw new InvalidPolygon(Problem.TOO_MANY_VERTICES);
        }
        Coordinate[] ring = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            ring[i] = new Coordinate(vertices.get(i)[0], vertices.get(i)[1]);
        }
        ring[vertices.size()] = ring[0].copy();
        Polygon polygon;
        try {
            polygon = FACTORY.createPolygon(ring);
        } catch (IllegalArgumentException ex) {
            throw new InvalidPolygon(Problem.TOO_FEW_VERTICES);
        }
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            throw new InvalidPolygon(switch (error.getErrorType()) {
                case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> Problem.SELF_INTERSECTION;
                case TopologyValidationError.TOO_FEW_POINTS -> Problem.TOO_FEW_VERTICES;
                default -> Problem.INVALID;
            });
        }
        if (!(polygon.getArea() >= MIN_AREA_M2)) {
            throw new InvalidPolygon(Problem.EMPTY);
        }
        return new AreaGeometry(List.copyOf(vertices), polygon);
    }

    /** The polygon of stored vertices, which were checked when they were written. */
    static AreaGeometry stored(List<double[]> vertices) {
        Coordinate[] ring = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            ring[i] = new Coordinate(vertices.get(i)[0], vertices.get(i)[1]);
        }
        ring[vertices.size()] = ring[0].copy();
        return new AreaGeometry(List.copyOf(vertices), FACTORY.createPolygon(ring));
    }

    static double[] labelPointOf(List<double[]> vertices) {
        try {
            return stored(vertices).labelPoint();
        } catch (RuntimeException ex) {
            // not a polygon JTS can work with: the mean of the vertices will do for a label
            double x = 0;
            double y = 0;
            for (double[] vertex : vertices) {
                x += vertex[0];
                y += vertex[1];
            }
            return vertices.isEmpty() ? new double[] { 0, 0 }
                    : new double[] { x / vertices.size(), y / vertices.size() };
        }
    }

    private static boolean validCoordinate(double value) {
        return Double.isFinite(value) && Math.abs(value) <= MAX_ABS_COORDINATE;
    }

    private static boolean same(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    /** The vertices, ring not repeated. */
    List<double[]> vertices() {
        return vertices;
    }

    double areaM2() {
        return polygon.getArea();
    }

    Envelope envelope() {
        return polygon.getEnvelopeInternal();
    }

    /** A point inside the polygon, for a label. */
    double[] labelPoint() {
        Point point = polygon.getInteriorPoint();
        return new double[] { point.getX(), point.getY() };
    }

    /** Whether the point lies inside or on the boundary. */
    boolean covers(double x, double y) {
        return polygon.covers(FACTORY.createPoint(new Coordinate(x, y)));
    }
}
