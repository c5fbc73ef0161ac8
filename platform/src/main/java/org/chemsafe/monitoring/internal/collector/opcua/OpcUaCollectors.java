package org.chemsafe.monitoring.internal.collector.opcua;

import java.time.Clock;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.monitoring.internal.collector.CollectorSettings;
import org.chemsafe.monitoring.internal.collector.CollectorThreads;
import org.chemsafe.monitoring.internal.collector.SourceCollectors;
import org.springframework.stereotype.Component;

/** One subscription per enabled OPC UA endpoint ({@link OpcUaCollection}), renewed after each change. */
@Component
class OpcUaCollectors extends SourceCollectors<StoredEndpoint> {

    OpcUaCollectors(OpcUaEndpointRepository endpoints, CollectedSamples samples, CollectorThreads threads,
            CollectorSettings settings, Clock clock) {
        super(settings, new Sources<>(endpoints::enabled, endpoints::findEnabled, StoredEndpoint::id,
                endpoint -> new OpcUaCollection(endpoint, samples, threads.scheduler(), settings, clock)));
    }
}
