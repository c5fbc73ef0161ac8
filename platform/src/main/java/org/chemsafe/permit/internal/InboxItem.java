package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * A permit waiting for the caller's signature.
 *
 * @param step     the block of the chain to sign next
 * @param function the function that signs it, one the caller's roles are bound to
 * @param signed   how many blocks of the chain are signed already
 * @param blocks   how many blocks the chain has
 */
record InboxItem(UUID id, UUID enterpriseId, String number, WorkType type, @Nullable WorkGrade grade, String location,
        Instant plannedStart, Instant plannedEnd, String applicantName, Instant appliedAt, SignatureStep step,
        SigningFunction function, int signed, int blocks) {
}
