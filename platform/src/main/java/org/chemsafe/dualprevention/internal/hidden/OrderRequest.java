package org.chemsafe.dualprevention.internal.hidden;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The order to rectify a confirmed hidden danger (national field names); for a 重大 one also its rectification plan.
 *
 * @param cost funds in 万元
 */
record OrderRequest(@NotNull DangerManageType dangerManageType, @NotBlank @Size(max = 64) String liablePerson,
        @Nullable LocalDate dangerManageDeadline, @NotBlank @Size(max = 2000) String controlMeasures,
        @Nullable @DecimalMin("0") @DecimalMax("99999999") @Digits(integer = 8, fraction = 4) BigDecimal cost,
        @Nullable @Size(max = 2000) String contingencyPlan) {

    RectificationOrder order() {
        return new RectificationOrder(dangerManageType, liablePerson.strip(), dangerManageDeadline,
                controlMeasures.strip(), cost, contingencyPlan == null ? null : contingencyPlan.strip());
    }
}
