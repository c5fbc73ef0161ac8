package org.chemsafe.monitoring.internal.collector.opcua;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An OPC UA endpoint as created or changed. {@code enterpriseId} is needed only from platform users. Without a
 * security policy it is None; a user name signs in with it (and the password), otherwise anonymously. On a change,
 * an omitted password keeps the stored one. The publishing interval is at least 100 ms (default 1 s).
 */
@ValidOpcUaEndpoint
record OpcUaEndpointRequest(
        @Nullable UUID enterpriseId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 500) String url,
        @Nullable OpcUaSecurityPolicy securityPolicy,
        @Nullable @Size(max = 100) String username,
        @Nullable @Size(max = 200) String password,
        @Nullable @Min(100) @Max(3_600_000) Integer publishingIntervalMs,
        @Nullable Boolean enabled,
        @NotNull @Size(max = 5_000) List<@NotNull @Valid NodeMapping> mappings) {

    static final int DEFAULT_PUBLISHING_INTERVAL_MS = 1_000;

    boolean isEnabled() {
        return enabled == null || enabled;
    }

    int publishingInterval() {
        return publishingIntervalMs == null ? DEFAULT_PUBLISHING_INTERVAL_MS : publishingIntervalMs;
    }

    OpcUaSecurityPolicy policy() {
        return securityPolicy == null ? OpcUaSecurityPolicy.NONE : securityPolicy;
    }

    @Nullable String user() {
        return username == null || username.isBlank() ? null : username.strip();
    }
}
