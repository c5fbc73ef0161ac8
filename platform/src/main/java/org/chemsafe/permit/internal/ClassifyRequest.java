package org.chemsafe.permit.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * The facts of planned special work that decide its grade, validity and approver. Absent flags are false.
 *
 * @param fireExplosionArea      the place lies in a fire/explosion hazard area (hot work, 5.1.1; temporary power, 10.1)
 * @param equipmentInOperation   hot work on equipment, pipes, tanks or vessels in operation (5.1.1)
 * @param inMajorHazardBund      hot work inside the bund of a major-hazard tank farm with flammable media (5.1.1)
 * @param onPipeRack             hot work on a pipe rack (管廊, 5.1.1)
 * @param heightMetres           height above the fall reference level (height work, 3.8, 8.1.1); required for HEIGHT
 * @param hazardFactors          the objective fall-hazard factors present (8.1.2)
 * @param heightConditions       situations of Table B.1 note 2 that set a least height grade
 * @param loadTonnes             the lifted mass (9.1); required for LIFTING
 * @param outdoor                the work is done in the open
 * @param windForce              wind force on the Beaufort scale (0–17)
 * @param weather                fog, snow or rainstorm at the place
 * @param plannedStart           planned start, ISO-8601 with offset
 * @param plannedEnd             planned end; with the start it is checked against the longest validity
 * @param servedWorkEnd          temporary power: the end of the hot or confined-space work it powers (10.8)
 * @param specialCase            temporary power: a special case allowed up to 30 days instead of 15 (10.8)
 * @param depthMetres            excavation: how deep (3.11, 11.10)
 * @param heavyMachinery         excavation: heavy machinery fills or levels ground, whatever the depth (3.11)
 * @param buriedHazardousLines   excavation: in a process area or tank farm with buried flammable or toxic lines (11.10)
 */
@ValidWorkFacts
record ClassifyRequest(
        @NotNull WorkType type,
        @Nullable Boolean fireExplosionArea,
        @Nullable Boolean equipmentInOperation,
        @Nullable Boolean inMajorHazardBund,
        @Nullable Boolean onPipeRack,
        @Nullable @PositiveOrZero @DecimalMax("1000") BigDecimal heightMetres,
        @Nullable @Size(max = 9) List<@NotNull HeightHazardFactor> hazardFactors,
        @Nullable @Size(max = 11) List<@NotNull HeightCondition> heightConditions,
        @Nullable @DecimalMin("0") @DecimalMax("100000") BigDecimal loadTonnes,
        @Nullable Boolean outdoor,
        @Nullable @PositiveOrZero @Max(17) Integer windForce,
        @Nullable @Size(max = 3) List<@NotNull WeatherCondition> weather,
        @Nullable OffsetDateTime plannedStart,
        @Nullable OffsetDateTime plannedEnd,
        @Nullable OffsetDateTime servedWorkEnd,
        @Nullable Boolean specialCase,
        @Nullable @PositiveOrZero @DecimalMax("1000") BigDecimal depthMetres,
        @Nullable Boolean heavyMachinery,
        @Nullable Boolean buriedHazardousLines) {

    /** A plan longer than this is refused as input, not checked: no permit type comes near it. */
    static final int LONGEST_PLAN_DAYS = 366;

    ClassifyRequest {
        hazardFactors = hazardFactors == null ? List.of() : List.copyOf(hazardFactors);
        heightConditions = heightConditions == null ? List.of() : List.copyOf(heightConditions);
        weather = weather == null ? List.of() : List.copyOf(weather);
    }

    boolean is(@Nullable Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
