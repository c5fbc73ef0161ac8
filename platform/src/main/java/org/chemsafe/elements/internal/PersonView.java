package org.chemsafe.elements.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person as the API shows them, with their qualifications (valid or not) in order of expiry. */
record PersonView(UUID id, UUID enterpriseId, String name, @Nullable String employeeNo, @Nullable String department,
        @Nullable String phone, @Nullable String contractor, boolean enabled, Instant updatedAt,
        List<QualificationView> qualifications) {
}
