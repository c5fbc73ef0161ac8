package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One reading of a gas analysis.
 *
 * @param substance               the flammable gas measured, as a chemical of the catalogue whose lower explosive
 *                                limit is recorded; or give {@code lelPercent}
 * @param lelPercent              the lower explosive limit of the measured gas, % by volume (5.3.2 picks the limit)
 * @param concentrationPercentVol the flammable gas measured, % by volume
 * @param oxygenPercentVol        oxygen measured, % by volume
 * @param toxic                   toxic gases measured, each against its limit
 * @param sampledAt               when the sample was taken, ISO-8601 with offset
 */
record GasSample(
        @Nullable UUID substance,
        @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal lelPercent,
        @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal concentrationPercentVol,
        @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal oxygenPercentVol,
        @Nullable @Size(max = 20) List<@NotNull @Valid ToxicReading> toxic,
        @NotNull OffsetDateTime sampledAt) {

    GasSample {
        toxic = toxic == null ? List.of() : List.copyOf(toxic);
    }
}
