package org.chemsafe.elements.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.elements.QualificationKind;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/** A certificate or training record as recorded or changed, for a person of the enterprise. */
record QualificationRequest(
        @NotNull UUID personId,
        @NotNull QualificationKind kind,
        @NotBlank @Size(max = 64) @SingleLine String number,
        @Nullable @Size(max = 100) @SingleLine String issuer,
        @Nullable LocalDate issuedOn,
        @NotNull LocalDate validUntil) {
}
