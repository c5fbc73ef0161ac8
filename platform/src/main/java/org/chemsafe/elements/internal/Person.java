package org.chemsafe.elements.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person who works at the enterprise: its own staff or a contractor's worker (then the contractor is named). */
record Person(UUID id, UUID enterpriseId, String name, @Nullable String employeeNo, @Nullable String department,
        @Nullable String phone, @Nullable String contractor, boolean enabled, Instant updatedAt) {
}
