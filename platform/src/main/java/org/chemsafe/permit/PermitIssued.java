package org.chemsafe.permit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A special-work permit was issued: the last block of its chain was signed and the work may start (with its gas
 * analysis where the type needs one). For the daily commitment's counts, the exchange and the guardian's checks.
 *
 * @param grade              the grade's code ({@code SPECIAL}, {@code LEVEL_1}, {@code I} …), null for ungraded types
 * @param cameraCode         the camera recording the work (5.2.11), if one is bound
 * @param recordingKeepUntil until when the video system keeps that recording (B.3: at least a month after the work)
 */
public record PermitIssued(UUID permitId, UUID enterpriseId, String number, WorkType type, @Nullable String grade,
        String location, Instant plannedStart, Instant plannedEnd, Instant issuedAt, @Nullable String cameraCode,
        @Nullable Instant recordingKeepUntil) {
}
