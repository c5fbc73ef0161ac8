package org.chemsafe.monitoring.internal.collector.opcua;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.monitoring.internal.collector.MappedTags;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPC UA endpoints of the enterprises. Users with the write permission create and change their own enterprise's
 * endpoints; every read names the caller's scope (another enterprise's endpoint is a 404). Each mapping names an
 * enabled point of the enterprise. After a change commits, the endpoint's subscription is renewed.
 */
@Service
@Transactional
class OpcUaEndpoints {

    private final OpcUaEndpointRepository endpoints;
    private final EnterpriseAccess access;
    private final MappedTags tags;
    private final OpcUaCollectors collectors;
    private final Clock clock;

    OpcUaEndpoints(OpcUaEndpointRepository endpoints, EnterpriseAccess access, MappedTags tags,
            OpcUaCollectors collectors, Clock clock) {
        this.endpoints = endpoints;
        this.access = access;
        this.tags = tags;
        this.collectors = collectors;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<OpcUaEndpointView> list(Actor actor, @Nullable UUID enterpriseId, PageQuery page) {
        return endpoints.list(actor.scope(), enterpriseId, page).map(this::view);
    }

    @Transactional(readOnly = true)
    OpcUaEndpointView get(Actor actor, UUID id) {
        return view(visible(actor, id));
    }

    OpcUaEndpointView create(Actor actor, OpcUaEndpointRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        StoredEndpoint endpoint = checked(UUID.randomUUID(), enterpriseId, request, null, null);
        endpoints.insert(endpoint);
        collectors.changed(endpoint.id());
        return stored(endpoint);
    }

    OpcUaEndpointView change(Actor actor, UUID id, OpcUaEndpointRequest request) {
        StoredEndpoint current = visible(actor, id);
        StoredEndpoint endpoint = checked(id, current.enterpriseId(), request, id, current.password());
        endpoints.update(endpoint);
        collectors.changed(id);
        return stored(endpoint);
    }

    void remove(Actor actor, UUID id) {
        visible(actor, id);
        endpoints.delete(id);
        collectors.changed(id);
    }

    /** The endpoint to store, after the rules that need stored data: a free name, known tags. */
    private StoredEndpoint checked(UUID id, UUID enterpriseId, OpcUaEndpointRequest request, @Nullable UUID except,
            @Nullable String storedPassword) {
        String name = request.name().strip();
        if (endpoints.nameTaken(enterpriseId, name, except)) {
            throw ProblemException.conflict("monitoring.collector.name-taken", name);
        }
        List<NodeMapping> mappings = request.mappings().stream()
                .map(mapping -> new NodeMapping(mapping.nodeId().strip(), mapping.tag().strip())).toList();
        tags.requireKnown(enterpriseId, mappings.stream().map(NodeMapping::tag).toList(),
                i -> "mappings[" + i + "].tag");
        String user = request.user();
        String password = user == null ? null : request.password() != null ? request.password() : storedPassword;
        return new StoredEndpoint(id, enterpriseId, name, request.url().strip(), request.policy(), user, password,
                request.publishingInterval(), request.isEnabled(), mappings, clock.instant());
    }

    private StoredEndpoint visible(Actor actor, UUID id) {
        StoredEndpoint endpoint = endpoints.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("opcua-endpoint", id));
        AuditTarget.concerns(endpoint.enterpriseId());
        return endpoint;
    }

    private OpcUaEndpointView view(StoredEndpoint endpoint) {
        return OpcUaEndpointView.of(endpoint, collectors.status(endpoint.id()));
    }

    /** The source as just stored: its collection starts (or stops) once the transaction commits. */
    private OpcUaEndpointView stored(StoredEndpoint endpoint) {
        return OpcUaEndpointView.of(endpoint, collectors.statusOnceStored(endpoint.enabled()));
    }
}
