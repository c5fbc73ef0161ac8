package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A draft as its author sees it: the application as filled in so far, with its type and place for the list. */
record PermitDraftView(UUID id, UUID enterpriseId, @Nullable String type, @Nullable String location,
        JsonNode application, Instant updatedAt) {
}
