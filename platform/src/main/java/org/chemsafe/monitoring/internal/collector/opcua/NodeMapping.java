package org.chemsafe.monitoring.internal.collector.opcua;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One monitored node of an endpoint and the tag (位号) its values are stored under. */
record NodeMapping(@NotBlank @Size(max = 500) String nodeId, @NotBlank @Size(max = 64) String tag) {
}
