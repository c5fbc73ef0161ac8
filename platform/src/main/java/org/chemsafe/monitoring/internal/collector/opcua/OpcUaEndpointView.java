package org.chemsafe.monitoring.internal.collector.opcua;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.monitoring.internal.collector.CollectorStatus;
import org.jspecify.annotations.Nullable;

/** An endpoint as the API shows it: whether a password is set (never the password) and the collector's status. */
record OpcUaEndpointView(UUID id, UUID enterpriseId, String name, String url, OpcUaSecurityPolicy securityPolicy,
        @Nullable String username, boolean passwordSet, int publishingIntervalMs, boolean enabled,
        List<NodeMapping> mappings, Instant updatedAt, CollectorStatus status) {

    static OpcUaEndpointView of(StoredEndpoint endpoint, CollectorStatus status) {
        return new OpcUaEndpointView(endpoint.id(), endpoint.enterpriseId(), endpoint.name(), endpoint.url(),
                endpoint.securityPolicy(), endpoint.username(), endpoint.password() != null,
                endpoint.publishingIntervalMs(), endpoint.enabled(), endpoint.mappings(), endpoint.updatedAt(),
                status);
    }
}
