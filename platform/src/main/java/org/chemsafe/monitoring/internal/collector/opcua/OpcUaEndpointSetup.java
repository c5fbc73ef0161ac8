package org.chemsafe.monitoring.internal.collector.opcua;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers an endpoint for the platform's own set-up, once per enterprise and name. */
@Component
public class OpcUaEndpointSetup {

    private final OpcUaEndpoints endpoints;
    private final OpcUaEndpointRepository repository;

    OpcUaEndpointSetup(OpcUaEndpoints endpoints, OpcUaEndpointRepository repository) {
        this.endpoints = endpoints;
        this.repository = repository;
    }

    @Transactional
    public void ensure(UUID enterpriseId, String name, String url, Map<String, String> tagByNodeId) {
        if (repository.nameTaken(enterpriseId, name, null)) {
            return;
        }
        List<NodeMapping> mappings = tagByNodeId.entrySet().stream()
                .map(mapping -> new NodeMapping(mapping.getKey(), mapping.getValue())).toList();
        endpoints.create(Actor.system(), new OpcUaEndpointRequest(enterpriseId, name, url, OpcUaSecurityPolicy.NONE,
                null, null, null, true, mappings));
    }
}
