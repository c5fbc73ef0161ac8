package org.chemsafe.monitoring.internal;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A gateway's batch: {@code {"gateway": "GW01", "samples": [{"tag": "LT-101", "ts": "…", "value": 3.42}]}}. The
 * samples stay JSON here: a bad one is rejected with its index and reason, it never fails the batch.
 */
record TelemetryRequest(
        @Nullable @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "{monitoring.point.tag.pattern}") String gateway,
        @NotNull @Size(max = 10_000) List<JsonNode> samples) {
}
