package org.chemsafe.dualprevention.internal.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inspection record (隐患排查记录) under the national field names where they exist.
 *
 * @param checkStatusCode the national checkStatus of the result (0, 1, 3)
 * @param checkTime       when the check was done, by the phone's clock
 * @param receivedAt      when the platform received it
 * @param late            done after its window had closed
 * @param hiddenDangerId  the hidden danger reported with it (存在隐患)
 */
record InspectionRecordView(UUID id, UUID enterpriseId, UUID checkTaskId, UUID riskMeasureId,
        String troubleshootContent, Instant windowStart, Instant windowEnd, UUID clientId, CheckStatus checkStatus,
        int checkStatusCode, Instant checkTime, Instant receivedAt, boolean late, @Nullable String comment,
        List<UUID> photos, @Nullable RecordLocation location, @Nullable String checkpointCode, UUID recordedBy,
        String recorderName, @Nullable UUID hiddenDangerId) {
}
