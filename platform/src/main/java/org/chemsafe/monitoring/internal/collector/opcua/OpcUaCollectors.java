package org.chemsafe.monitoring.internal.collector.opcua;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.monitoring.internal.collector.CollectorSettings;
import org.chemsafe.monitoring.internal.collector.CollectorThreads;
import org.chemsafe.monitoring.internal.collector.SourceCollectors;
import org.chemsafe.shared.DataScope;
import org.springframework.stereotype.Component;

/** One subscription per enabled OPC UA endpoint ({@link OpcUaCollection}), renewed after each change. */
@Component
class OpcUaCollectors extends SourceCollectors<StoredEndpoint> {

    private final OpcUaEndpointRepository endpoints;
    private final CollectedSamples samples;
    private final CollectorThreads threads;
    private final CollectorSettings settings;
    private final Clock clock;

    OpcUaCollectors(OpcUaEndpointRepository endpoints, CollectedSamples samples, CollectorThreads threads,
            CollectorSettings settings, Clock clock) {
        super(settings);
        this.endpoints = endpoints;
        this.samples = samples;
        this.threads = threads;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected List<StoredEndpoint> enabledSources() {
        return endpoints.enabled();
    }

    @Override
    protected Optional<StoredEndpoint> enabledSource(UUID id) {
        return endpoints.findVisible(id, DataScope.platform()).filter(StoredEndpoint::enabled);
    }

    @Override
    protected UUID idOf(StoredEndpoint endpoint) {
        return endpoint.id();
    }

    @Override
    protected Running open(StoredEndpoint endpoint) {
        return new OpcUaCollection(endpoint, samples, threads.scheduler(), settings, clock);
    }
}
