package org.chemsafe.enterprise;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A production unit's operating status changed (or was set when the unit was registered). Modules whose work
 * depends on the unit running listen to it: monitoring suppresses the process alarms of a stopped unit, dual
 * prevention pauses its inspection tasks.
 *
 * @param reason why, as the person changing it wrote it, if given
 * @param changedAt when the status changed (the platform's clock): dual prevention pauses the unit's inspection
 *     occurrences from a stop to the next start
 * @param sequence the change's number, growing with every change of any unit: listeners run asynchronously and may
 *     see two changes of a unit out of order, and keep the one with the higher number
 */
public record ProductionStatusChanged(UUID unitId, UUID enterpriseId, ProductionStatus status,
        @Nullable String reason, long sequence, Instant changedAt) {

    /** Whether process alarms and routine inspections of the unit are paused (停用 or 检修). */
    public boolean stopped() {
        return status == ProductionStatus.STOPPED || status == ProductionStatus.OVERHAUL;
    }
}
