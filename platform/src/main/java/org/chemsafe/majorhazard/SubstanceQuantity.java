package org.chemsafe.majorhazard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One hazardous chemical of a unit. It is a Table 1 substance when its CAS number or its name (a Table 1 name or
 * alias) says so; otherwise its hazard categories place it in Table 2. For a Table 1 substance the categories only
 * matter for β when Table 3 does not name it.
 *
 * @param cas              CAS number (check digit verified); blank counts as absent
 * @param name             the Table 1 name or alias, or any name for a substance outside Table 1
 * @param hazardCategories the GHS-based categories of Table 2 (J1 … W11) the substance falls under
 * @param quantityTonnes   design maximum quantity in tonnes (aerosols W3: net weight)
 */
public record SubstanceQuantity(
        @Nullable @ValidCasNumber String cas,
        @Nullable @Size(max = 200) String name,
        @Nullable @Size(max = 24) List<@NotNull HazardCategory> hazardCategories,
        @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 6) BigDecimal quantityTonnes) {

    /** The CAS number, trimmed, if one is given. */
    public Optional<String> casNumber() {
        return present(cas);
    }

    /** The name, trimmed, if one is given. */
    public Optional<String> givenName() {
        return present(name);
    }

    /** The hazard categories, empty when none are given. */
    public List<HazardCategory> categories() {
        return hazardCategories == null ? List.of() : hazardCategories;
    }

    @AssertTrue(message = "{majorhazard.substance.identified}")
    boolean isIdentified() {
        return casNumber().isPresent() || givenName().isPresent();
    }

    private static Optional<String> present(@Nullable String text) {
        return Optional.ofNullable(text).map(String::trim).filter(trimmed -> !trimmed.isEmpty());
    }
}
