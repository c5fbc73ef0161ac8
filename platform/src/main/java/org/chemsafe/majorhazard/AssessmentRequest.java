package org.chemsafe.majorhazard;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One unit to identify and grade under GB 18218-2018.
 *
 * @param exposedPeople the permanent residents within 500 m outside the plant boundary (Table 5, sets α)
 * @param substances    the hazardous chemicals of the unit with their design maximum quantities (4.2.2)
 */
public record AssessmentRequest(
        @NotNull @PositiveOrZero Integer exposedPeople,
        @NotEmpty @Size(max = AssessmentRequest.MAX_SUBSTANCES) List<@NotNull @Valid SubstanceQuantity> substances) {

    public static final int MAX_SUBSTANCES = 500;
}
