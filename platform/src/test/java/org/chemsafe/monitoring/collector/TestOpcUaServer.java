package org.chemsafe.monitoring.collector;

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
 * A real OPC UA server (Eclipse Milo) on 127.0.0.1 for the collector's tests: one namespace with a Double variable
 * per name given, whose values the test sets (with their source timestamps). Stopped and started again on the same
 * port, it is a new server with no sessions or subscriptions: what a restarted plant server looks like.
 */
final class TestOpcUaServer implements AutoCloseable {

    private final int port;
    private final List<String> variables;
    private OpcUaServer server;
    private Variables namespace;

    TestOpcUaServer(int port, List<String> variables) {
        this.port = port;
        this.variables = List.copyOf(variables);
    }

    TestOpcUaServer start() throws Exception {
        EndpointConfig endpoint = EndpointConfig.newBuilder().setBindAddress("127.0.0.1").setBindPort(port)
                .setHostname("127.0.0.1").setPath("/chemsafe").setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS).build();
        OpcUaServerConfig config = OpcUaServerConfig.builder().setApplicationName(LocalizedText.english("plant"))
                .setApplicationUri("urn:chemsafe:test:plant").setProductUri("urn:chemsafe:test")
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine())).build();
        server = new OpcUaServer(config, profile -> new OpcTcpServerTransport(
                OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new Variables(server, variables);
        namespace.startup();
        server.startup().get();
        return this;
    }

    String url() {
        return "opc.tcp://127.0.0.1:" + port + "/chemsafe";
    }

    /** The node id of a variable, as a mapping names it. */
    String nodeId(String variable) {
        return "ns=" + namespace.getNamespaceIndex() + ";s=" + variable;
    }

    /** Sets the variable's value with this source timestamp. */
    void set(String variable, double value, DateTime sourceTime) {
        namespace.nodes.get(variable).setValue(new DataValue(new Variant(value), StatusCode.GOOD, sourceTime,
                DateTime.now()));
    }

    void stop() throws Exception {
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
            super(server, "urn:chemsafe:test:plant");
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
