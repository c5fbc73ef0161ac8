package org.chemsafe.monitoring.internal.collector.opcua;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An OPC UA endpoint as stored, password included (it never leaves the platform: see {@link OpcUaEndpointView}). */
record StoredEndpoint(UUID id, UUID enterpriseId, String name, String url, OpcUaSecurityPolicy securityPolicy,
        @Nullable String username, @Nullable String password, int publishingIntervalMs, boolean enabled,
        List<NodeMapping> mappings, Instant updatedAt) {
}
