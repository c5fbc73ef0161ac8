package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/** A permit in a list. */
record PermitSummary(UUID id, UUID enterpriseId, String number, WorkType type, @Nullable WorkGrade grade,
        PermitStatus status, String location, Instant plannedStart, Instant plannedEnd, String applicantName,
        Instant appliedAt) {
}
