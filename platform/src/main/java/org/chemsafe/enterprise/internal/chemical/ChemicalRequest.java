package org.chemsafe.enterprise.internal.chemical;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise chemical to create or the new state of one. It either names a chemical ({@code name}, optional
 * {@code cas}) or links to a GB 18218 Table 1 row ({@code referenceChemicalId}) and inherits its name and CAS;
 * {@link ChemicalRequestValidator} checks that, the CAS check digit and the hazard category codes. Text is stripped,
 * blank text is absent, repeated aliases and categories count once and absent flags are false.
 *
 * @param enterpriseId the owning enterprise: required from platform and region users on create, defaults to the
 *                     caller's own for enterprise users; a chemical never moves to another enterprise
 */
record ChemicalRequest(@Nullable UUID enterpriseId, @Nullable UUID referenceChemicalId,
        @Nullable @Size(max = NAME_MAX) @SingleLine String name,
        @Size(max = 20) List<@NotBlank @Size(max = NAME_MAX) @SingleLine String> aliases,
        @Nullable String cas,
        @Size(max = HazardCategories.ROWS) List<String> hazardCategories,
        Boolean keySupervised, Boolean highlyToxic, Boolean explosivePrecursor,
        @Nullable @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 4) BigDecimal density,
        @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal lel,
        @Nullable @PositiveOrZero @Digits(integer = 7, fraction = 4) BigDecimal pcTwa,
        @Nullable @PositiveOrZero @Digits(integer = 7, fraction = 4) BigDecimal pcStel,
        @Nullable @PositiveOrZero @Digits(integer = 7, fraction = 4) BigDecimal mac) {

    static final int NAME_MAX = 64;

    ChemicalRequest {
        name = strippedOrNull(name);
        cas = strippedOrNull(cas);
        aliases = aliases == null ? List.of() : aliases.stream().map(ChemicalRequest::stripped).distinct().toList();
        hazardCategories = hazardCategories == null ? List.of()
                : hazardCategories.stream().map(ChemicalRequest::stripped).distinct().toList();
        keySupervised = Boolean.TRUE.equals(keySupervised);
        highlyToxic = Boolean.TRUE.equals(highlyToxic);
        explosivePrecursor = Boolean.TRUE.equals(explosivePrecursor);
    }

    private static @Nullable String strippedOrNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String stripped(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
