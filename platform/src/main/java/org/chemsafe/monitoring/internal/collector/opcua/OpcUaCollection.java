package org.chemsafe.monitoring.internal.collector.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.monitoring.internal.collector.CollectorSettings;
import org.chemsafe.monitoring.internal.collector.ReconnectingCollection;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection of one OPC UA endpoint: connects (security policy None, anonymous or with the user name), creates
 * one subscription at the endpoint's publishing interval with a monitored item per mapped node, and hands each
 * notification's values, with their source timestamps, to the pipeline as one batch. A node the server refuses is
 * listed in the status. When the session is lost (or the subscription cannot be kept), the client is dropped and a
 * new one connects after the back-off; a failed attempt doubles the wait.
 */
final class OpcUaCollection extends ReconnectingCollection {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaCollection.class);

    private final StoredEndpoint endpoint;
    private final CollectedSamples samples;
    private final CollectorSettings settings;
    private final String gateway;
    private @Nullable OpcUaClient client;

    OpcUaCollection(StoredEndpoint endpoint, CollectedSamples samples, ScheduledExecutorService scheduler,
            CollectorSettings settings, Clock clock) {
        super(scheduler, settings, clock);
        this.endpoint = endpoint;
        this.samples = samples;
        this.settings = settings;
        this.gateway = "opcua:" + endpoint.name();
    }

    @Override
    protected void disconnect() {
        OpcUaClient current;
        synchronized (this) {
            current = client;
            client = null;
        }
        if (current != null) {
            current.disconnectAsync();
        }
    }

    @Override
    protected void connect() {
        OpcUaClient connecting = null;
        try {
            connecting = newClient();
            connecting.connect();
            synchronized (this) {
                if (stopped()) {
                    connecting.disconnectAsync();
                    return;
                }
                client = connecting;
            }
            OpcUaClient connected = connecting;
            connected.addSessionActivityListener(new SessionActivityListener() {
                @Override
                public void onSessionInactive(UaSession session) {
                    lost(connected, "session lost");
                }
            });
            subscribe(connected);
            connected();
        } catch (UaException | RuntimeException failure) {
            String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            if (connecting == null || !lost(connecting, error)) {
                if (connecting != null) {
                    connecting.disconnectAsync();
                }
                failed(error);
            }
        }
    }

    private OpcUaClient newClient() throws UaException {
        URI url = URI.create(endpoint.url());
        UInteger timeout = uint(settings.requestTimeout().toMillis());
        return OpcUaClient.create(endpoint.url(),
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())).findFirst()
                        .map(e -> keepAddress(e, url)),
                transport -> transport.setConnectTimeout(timeout),
                config -> config.setApplicationName(LocalizedText.english("ChemSafe collector"))
                        .setApplicationUri("urn:chemsafe:collector").setRequestTimeout(timeout)
                        .setIdentityProvider(endpoint.username() == null ? new AnonymousProvider()
                                : new UsernameProvider(endpoint.username(),
                                        endpoint.password() == null ? "" : endpoint.password())));
    }

    /** The server may announce another host name than the one configured: connect to the configured one. */
    private static EndpointDescription keepAddress(EndpointDescription announced, URI configured) {
        return EndpointUtil.updateUrl(announced, configured.getHost(), configured.getPort());
    }

    private void subscribe(OpcUaClient connected) throws UaException {
        OpcUaSubscription subscription = new OpcUaSubscription(connected, endpoint.publishingIntervalMs());
        subscription.setSubscriptionListener(new Notifications(connected));
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (NodeMapping mapping : endpoint.mappings()) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(NodeId.parse(mapping.nodeId()));
            item.setSamplingInterval(endpoint.publishingIntervalMs());
            item.setUserObject(mapping);
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        subscription.createMonitoredItems();
        status().itemProblemsCleared();
        for (OpcUaMonitoredItem item : items) {
            Optional<StatusCode> result = item.getCreateResult();
            if (result.isEmpty() || result.get().isBad()) {
                status().itemProblem(mappingOf(item).nodeId(), result.map(StatusCode::toString).orElse("not created"));
            }
        }
    }

    /** Drops the client if it is still the current one; answers whether it was (and a reconnect is scheduled). */
    private boolean lost(OpcUaClient lostClient, String why) {
        synchronized (this) {
            if (stopped() || client != lostClient) {
                return false;
            }
            client = null;
        }
        LOG.info("OPC UA endpoint {} ({}): {}; reconnecting", endpoint.name(), endpoint.url(), why);
        lostClient.disconnectAsync();
        failed(why);
        return true;
    }

    private static NodeMapping mappingOf(OpcUaMonitoredItem item) {
        return (NodeMapping) item.getUserObject().orElseThrow();
    }

    /** A subscription's notifications: values to the pipeline; a lost subscription reconnects. */
    private final class Notifications implements OpcUaSubscription.SubscriptionListener {

        private final OpcUaClient owner;

        Notifications(OpcUaClient owner) {
            this.owner = owner;
        }

        @Override
        public void onDataReceived(OpcUaSubscription subscription, List<OpcUaMonitoredItem> items,
                List<DataValue> values) {
            List<CollectedSamples.Sample> batch = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                NodeMapping mapping = mappingOf(items.get(i));
                DataValue value = values.get(i);
                Double number = number(value);
                if (number == null) {
                    status().itemProblem(mapping.nodeId(), value.getStatusCode().isBad()
                            ? value.getStatusCode().toString() : "not a number");
                    continue;
                }
                batch.add(new CollectedSamples.Sample(mapping.tag(), sourceTime(value), number));
            }
            if (!batch.isEmpty()) {
                status().submitted(samples.submit(endpoint.enterpriseId(), gateway, batch));
            }
        }

        @Override
        public void onWatchdogTimerElapsed(OpcUaSubscription subscription) {
            lost(owner, "no publish response within the keep-alive time");
        }

        @Override
        public void onTransferFailed(OpcUaSubscription subscription, StatusCode code) {
            lost(owner, "subscription lost: " + code);
        }
    }

    /** A good numeric (or boolean, as 0/1) value; null for anything else. */
    private static @Nullable Double number(DataValue value) {
        if (!value.getStatusCode().isGood()) {
            return null;
        }
        Object raw = value.getValue().getValue();
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    /** The source timestamp, else the server's; null without either (the pipeline rejects it as MISSING_TS). */
    private static @Nullable Instant sourceTime(DataValue value) {
        DateTime time = value.getSourceTime() != null && !value.getSourceTime().isNull() ? value.getSourceTime()
                : value.getServerTime();
        return time == null || time.isNull() ? null : time.getJavaInstant();
    }
}
