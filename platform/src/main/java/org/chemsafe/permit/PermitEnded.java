package org.chemsafe.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * A special-work permit ended: accepted and closed (完工验收), cancelled before the work started, or expired at the end
 * of its validity while not closed (the work must stop; an alarm for the people responsible), or revoked: the guardian
 * took it back and stopped the work.
 */
public record PermitEnded(UUID permitId, UUID enterpriseId, String number, WorkType type, Outcome outcome,
        Instant endedAt) {

    /** How the permit ended. */
    public enum Outcome {
        CLOSED, CANCELLED, EXPIRED, REVOKED
    }
}
