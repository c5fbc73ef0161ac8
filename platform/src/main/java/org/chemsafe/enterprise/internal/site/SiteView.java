package org.chemsafe.enterprise.internal.site;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A site as the site endpoints answer: its plan (null until one is uploaded) and calibration (null until two
 * reference points are set; cleared when the plan is replaced).
 */
record SiteView(UUID id, UUID enterpriseId, String enterpriseName, String name, @Nullable Plan plan,
        @Nullable Calibration calibration, int areaCount, Instant createdAt) {

    /**
     * @param version the SHA-256 of the image: its ETag, and the {@code v} parameter that lets a browser cache the
     *                plan URL for good
     * @param url     where to GET the image, with the version
     */
    record Plan(String contentType, int widthPx, int heightPx, int bytes, String version, Instant uploadedAt,
            String url) {
    }

    /**
     * @param rotationDeg counter-clockwise angle from east to the plan's "right" direction (0 for a plan with north
     *                    up)
     * @param pixelToMetre {@code x = a·px + b·py + c}, {@code y = d·px + e·py + f}
     * @param metreToPixel {@code px = a·x + b·y + c}, {@code py = d·x + e·y + f}
     */
    record Calibration(List<CalibrationRequest.Point> points, double metresPerPixel, double rotationDeg,
            PlanCalibration.Affine pixelToMetre, PlanCalibration.Affine metreToPixel) {

        static Calibration of(PlanCalibration calibration) {
            return new Calibration(
                    List.of(point(calibration.first()), point(calibration.second())),
                    calibration.metresPerPixel(), calibration.rotationDegrees(), calibration.pixelToMetre(),
                    calibration.metreToPixel());
        }

        private static CalibrationRequest.Point point(PlanCalibration.ReferencePoint point) {
            return new CalibrationRequest.Point(point.pixelX(), point.pixelY(), point.x(), point.y());
        }
    }
}
