package org.chemsafe.majorhazard.internal.source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chemsafe.majorhazard.AssessmentResult;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One assessment of a unit: when and why, with how many exposed people, whether complete (and if not, what was
 * missing), and the engine's full result (S, α, R, level and the per-substance breakdown).
 */
record UnitAssessmentView(long id, UUID unitId, Instant assessedAt, AssessmentTrigger trigger,
        @Nullable Integer exposedPeople, boolean complete, List<String> problems, @Schema(implementation = AssessmentResult.class) @Nullable JsonNode result) {
}
