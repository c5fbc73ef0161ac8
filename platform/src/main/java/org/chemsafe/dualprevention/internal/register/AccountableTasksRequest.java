package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** @param majorHazardSourceId the major hazard source, or its hazard unit, whose 包保 checklist becomes tasks */
record AccountableTasksRequest(@NotNull UUID majorHazardSourceId) {
}
