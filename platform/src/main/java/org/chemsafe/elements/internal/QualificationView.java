package org.chemsafe.elements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.chemsafe.elements.QualificationKind;
import org.jspecify.annotations.Nullable;

/**
 * A certificate or training record as the API shows it: with its person's name, its category, whether a scan is
 * kept, and its state on the day asked about (VALID, EXPIRING within the warning days, EXPIRED).
 */
record QualificationView(UUID id, UUID enterpriseId, UUID personId, String personName, QualificationKind kind,
        QualificationKind.Category category, String number, @Nullable String issuer, @Nullable LocalDate issuedOn,
        LocalDate validUntil, State state, boolean scanned, Instant updatedAt) {

    /** A qualification's state on a day. */
    enum State {
        VALID, EXPIRING, EXPIRED
    }
}
