package org.chemsafe.permit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * A gas analysis to check before work starts or resumes.
 *
 * @param type                      hot work, confined space or temporary power (the types that analyse gas)
 * @param grade                     the hot-work grade (its re-test interval depends on it, 5.3.1 d)
 * @param samples                   the readings of the analysis
 * @param workStart                 when the work is to start; or give {@code resumeAt}
 * @param resumeAt                  when the work is to resume after an interruption
 * @param interruptionMinutes       how long the work was interrupted before {@code resumeAt}
 * @param oxygenEnrichedEnvironment the space is oxygen-enriched (confined space, 6.4) or the hot work is on oxygen
 *                                  equipment (5.2.7)
 */
@ValidGasCheck
record GasCheckRequest(
        @NotNull WorkType type,
        @Nullable WorkGrade grade,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid GasSample> samples,
        @Nullable OffsetDateTime workStart,
        @Nullable OffsetDateTime resumeAt,
        @Nullable @PositiveOrZero @Max(525_600) Integer interruptionMinutes,
        @Nullable Boolean oxygenEnrichedEnvironment) {

    GasCheckRequest {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    boolean oxygenEnriched() {
        return Boolean.TRUE.equals(oxygenEnrichedEnvironment);
    }
}
