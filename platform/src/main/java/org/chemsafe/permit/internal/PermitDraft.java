package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A draft of a permit application: its author's, with what is filled in so far (JSON) and its type and place. */
record PermitDraft(UUID id, UUID enterpriseId, UUID authorId, @Nullable String type, @Nullable String location,
        String application, Instant updatedAt) {
}
