package org.chemsafe.permit.internal;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Where on a site's calibrated plan the work is done, in metres (the enterprise module's plan coordinates), for the
 * distance rules between permits (7.6: no hot work within 30 m of a blind-plate operation in a fire/explosion area).
 */
record SitePosition(@NotNull UUID siteId, @DecimalMin("-100000") @DecimalMax("100000") double x,
        @DecimalMin("-100000") @DecimalMax("100000") double y) {

    double distanceTo(SitePosition other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
