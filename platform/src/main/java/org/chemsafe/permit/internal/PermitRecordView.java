package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One record of a permit, as stored: {@code body} is the exact text hashed, {@code hash} = SM3(previousHash + "\n"
 * + body) in hex.
 */
record PermitRecordView(int seq, PermitRecordKind kind, UUID actorId, String actorName, Instant recordedAt,
        String body, String previousHash, String hash) {
}
