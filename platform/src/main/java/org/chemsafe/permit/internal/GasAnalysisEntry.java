package org.chemsafe.permit.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A gas analysis recorded on a permit: the readings (from a portable detector, entered by hand, and/or the latest
 * values of the monitoring points that cover the spot, {@code pointIds}), who took them, and whether the space or
 * equipment is oxygen-enriched (6.4, 5.2.7). It is judged as of now, for the permit's type and grade.
 */
record GasAnalysisEntry(@Nullable @Size(max = 50) List<@NotNull @Valid GasSample> samples,
        @NotBlank @Size(max = 64) @SingleLine String analyst, @Nullable Boolean oxygenEnrichedEnvironment,
        @Nullable @Size(max = 10) List<@NotNull UUID> pointIds) {

    GasAnalysisEntry {
        samples = samples == null ? List.of() : List.copyOf(samples);
        pointIds = pointIds == null ? List.of() : List.copyOf(pointIds);
    }
}
