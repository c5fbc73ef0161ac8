package org.chemsafe.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * The plant's OPC UA server (Eclipse Milo), as a DCS or SIS gateway serves it: one namespace with a Double variable
 * per tag, whose values the simulator (or a test) sets with their source timestamps; security None, anonymous
 * sign-in. Stopped and started again on the same port, it is a new server with no sessions or subscriptions: what a
 * restarted plant server looks like.
 */
public final class OpcUaPlantServer implements AutoCloseable {

    private final String host;
    private final int port;
    private final List<String> variables;
    private OpcUaServer server;
    private Variables namespace;

    public OpcUaPlantServer(String host, int port, List<String> variables) {
        this.host = host;
        this.port = port;
        this.variables = List.copyOf(variables);
    }

    public OpcUaPlantServer start() throws Exception {
        EndpointConfig endpoint = EndpointConfig.newBuilder().setBindAddress(host).setBindPort(port)
                .setHostname(host).setPath("/chemsafe").setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS).build();
        OpcUaServerConfig config = OpcUaServerConfig.builder().setApplicationName(LocalizedText.english("plant"))
                .setApplicationUri("urn:chemsafe:simulator:plant").setProductUri("urn:chemsafe:simulator")
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine())).build();
        server = new OpcUaServer(config, profile -> new OpcTcpServerTransport(
                OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new Variables(server, variables);
        namespace.startup();
        server.startup().get();
        return this;
    }

    public String url() {
        return "opc.tcp://" + host + ":" + port + "/chemsafe";
    }

    /** The node id of a variable, as a mapping names it. */
    public String nodeId(String variable) {
        return "ns=" + namespace.getNamespaceIndex() + ";s=" + variable;
    }

    /** Sets the variable's value with this source timestamp. */
    public void set(String variable, double value, Instant sourceTime) {
        namespace.nodes.get(variable).setValue(new DataValue(new Variant(value), StatusCode.GOOD,
                new DateTime(sourceTime), DateTime.now()));
    }

    public void stop() throws Exception {
        server.shutdown().get();
        namespace.shutdown();
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    /** The plant's namespace: one Double variable per name, sampled by the server's subscription model. */
    private static final class Variables extends ManagedNamespaceWithLifecycle {

        private final Map<String, UaVariableNode> nodes = new ConcurrentHashMap<>();
        private final SubscriptionModel subscriptions;

        Variables(OpcUaServer server, List<String> names) {
            super(server, "urn:chemsafe:simulator:plant");
            subscriptions = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptions);
            getLifecycleManager().addStartupTask(() -> names.forEach(this::add));
        }

        private void add(String name) {
            UaVariableNode node = UaVariableNode.builder(getNodeContext()).setNodeId(newNodeId(name))
                    .setBrowseName(newQualifiedName(name)).setDisplayName(LocalizedText.english(name))
                    .setDataType(NodeIds.Double).setTypeDefinition(NodeIds.BaseDataVariableType)
                    .setAccessLevel(AccessLevel.READ_WRITE).setUserAccessLevel(AccessLevel.READ_WRITE)
                    .setValue(new DataValue(new Variant(0.0))).build();
            getNodeManager().addNode(node);
            nodes.put(name, node);
        }

        @Override
        public void onDataItemsCreated(List<DataItem> items) {
            subscriptions.onDataItemsCreated(items);
        }

        @Override
        public void onDataItemsModified(List<DataItem> items) {
            subscriptions.onDataItemsModified(items);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> items) {
            subscriptions.onDataItemsDeleted(items);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> items) {
            subscriptions.onMonitoringModeChanged(items);
        }
    }
}
