package org.chemsafe.enterprise.internal.site;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.AreaKind;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * An area to draw or save. The polygon is in local metres, {@code [[x, y], ...]}, open or closed; its rules (vertex
 * count, coordinate range, a simple ring with an area) are checked by {@link AreaGeometry} and answered 422.
 */
record AreaRequest(@NotBlank @Size(max = 64) @SingleLine String name, @NotNull AreaKind kind,
        @Nullable Boolean fireExplosionHazard, @NotNull @Size(max = 1000) List<@Nullable List<@Nullable Double>> polygon) {

    boolean hazardous() {
        return Boolean.TRUE.equals(fireExplosionHazard);
    }
}
