package org.chemsafe.enterprise.internal.site;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Two reference points: where each is on the plan (pixels, origin top left, y down) and on the ground (local metres,
 * x east, y north).
 */
record CalibrationRequest(@NotNull @Size(min = 2, max = 2) List<@NotNull @Valid Point> points) {

    record Point(@NotNull Double pixelX, @NotNull Double pixelY, @NotNull Double x, @NotNull Double y) {

        PlanCalibration.ReferencePoint toReferencePoint() {
            return new PlanCalibration.ReferencePoint(pixelX, pixelY, x, y);
        }
    }
}
