package org.chemsafe.monitoring.internal.collector.opcua;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.monitoring.MonitoringPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "OPC UA endpoints")
class OpcUaEndpointController {

    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";
    private static final String WRITE = "hasAuthority('" + MonitoringPermissions.MONITORING_WRITE + "')";

    private final OpcUaEndpoints endpoints;

    OpcUaEndpointController(OpcUaEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping("/api/v1/opcua-endpoints")
    @PreAuthorize(READ)
    @Operation(summary = "The OPC UA endpoints within the scope, by name, each with its collector's status")
    PageResult<OpcUaEndpointView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @Valid PageQuery page) {
        return endpoints.list(CurrentActor.get(), enterpriseId, page);
    }

    @PostMapping("/api/v1/opcua-endpoints")
    @PreAuthorize(WRITE)
    @Operation(summary = "Add an OPC UA endpoint with its node → tag mappings; the collector subscribes once stored")
    ResponseEntity<OpcUaEndpointView> create(@Valid @RequestBody OpcUaEndpointRequest request) {
        OpcUaEndpointView created = endpoints.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/opcua-endpoints/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/opcua-endpoints/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "An OPC UA endpoint with its collector's status (connection, last error, last value, counts)")
    OpcUaEndpointView get(@PathVariable UUID id) {
        return endpoints.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/opcua-endpoints/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change an OPC UA endpoint (an omitted password keeps the stored one); it resubscribes")
    OpcUaEndpointView change(@PathVariable UUID id, @Valid @RequestBody OpcUaEndpointRequest request) {
        return endpoints.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/opcua-endpoints/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        endpoints.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
