package org.chemsafe.dualprevention.internal.register;

import java.util.List;
import java.util.UUID;

/**
 * What giving a source's 包保 people their checklist made: the unit and measure they sit under, the checklist's tasks
 * (all of them, old and new) and how many this run created.
 */
record AccountableTasksResult(UUID riskUnitId, UUID riskMeasureId, int created, List<InspectionTaskView> tasks) {
}
