package org.chemsafe.enterprise;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A production unit's operating status changed (or was set when the unit was registered). Modules whose work
 * depends on the unit running listen to it: monitoring suppresses the process alarms of a stopped unit, dual
 * prevention pauses its inspection tasks.
 *
 * @param reason why, as the person changing it wrote it, if given
 */
public record ProductionStatusChanged(UUID unitId, UUID enterpriseId, ProductionStatus status,
        @Nullable String reason) {

    /** Whether process alarms and routine inspections of the unit are paused (停用 or 检修). */
    public boolean stopped() {
        return status == ProductionStatus.STOPPED || status == ProductionStatus.OVERHAUL;
    }
}
