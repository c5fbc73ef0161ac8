package org.chemsafe.elements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.chemsafe.elements.QualificationKind;
import org.jspecify.annotations.Nullable;

/** A certificate or training record of a person, valid until a day; {@code scanType} is set once a scan is kept. */
record Qualification(UUID id, UUID enterpriseId, UUID personId, QualificationKind kind, String number,
        @Nullable String issuer, @Nullable LocalDate issuedOn, LocalDate validUntil, @Nullable String scanType,
        Instant updatedAt) {
}
