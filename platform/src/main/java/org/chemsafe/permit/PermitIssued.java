package org.chemsafe.permit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A special-work permit was issued: the last block of its chain was signed and the work may start (with its gas
 * analysis where the type needs one). For the daily commitment's counts, the exchange and the guardian's checks.
 *
 * @param grade the grade's code ({@code SPECIAL}, {@code LEVEL_1}, {@code I} …), null for ungraded types
 */
public record PermitIssued(UUID permitId, UUID enterpriseId, String number, WorkType type, @Nullable String grade,
        String location, Instant plannedStart, Instant plannedEnd, Instant issuedAt) {
}
