package org.chemsafe.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.identity.MachineTokens;
import org.chemsafe.monitoring.MonitoringSetup;
import org.chemsafe.shared.db.EmbeddedDatabase;
import org.chemsafe.simulator.Channel;
import org.chemsafe.simulator.DemoPlant;
import org.chemsafe.simulator.HttpSink;
import org.chemsafe.simulator.ModbusPlantServer;
import org.chemsafe.simulator.MqttSink;
import org.chemsafe.simulator.OpcUaPlantServer;
import org.chemsafe.simulator.PlantPoint;
import org.chemsafe.simulator.PlantSimulator;
import org.chemsafe.simulator.SampleSink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the plant simulator in-process for the demo enterprises, so a new user sees the whole data path live: the
 * storage depot and the chemical plant's tank farm publish over MQTT to the platform's own broker (HTTP when it is
 * off) with TELEMETRY tokens issued at start; the chlorination unit is served by an OPC UA server and the warehouse by
 * a Modbus TCP server, which the platform's collectors read (registered once, by name). A port in use leaves that
 * server out, with a warning; port 0 takes a free one.
 */
@Component
@Order(20)
class DemoSimulator implements ApplicationRunner, DisposableBean {

    static final String TOKEN_NAME = "演示模拟器";
    static final String OPC_UA_ENDPOINT = "演示模拟器 OPC UA（氯化装置）";
    static final String MODBUS_DEVICE = "演示模拟器 Modbus（甲类仓库）";
    private static final String HOST = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(DemoSimulator.class);

    private final DemoSettings settings;
    private final boolean embeddedDatabase;
    private final DemoEnterprises enterprises;
    private final MachineTokens tokens;
    private final MonitoringSetup monitoring;
    private final Environment environment;
    private final List<AutoCloseable> running = new ArrayList<>();

    DemoSimulator(DemoSettings settings, ObjectProvider<EmbeddedDatabase> embeddedDatabase,
            DemoEnterprises enterprises, MachineTokens tokens, MonitoringSetup monitoring, Environment environment) {
        this.settings = settings;
        this.embeddedDatabase = embeddedDatabase.getIfAvailable() != null;
        this.enterprises = enterprises;
        this.tokens = tokens;
        this.monitoring = monitoring;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.enabledFor(embeddedDatabase) && settings.simulator().enabled()) {
            start();
        }
    }

    /** Starts the simulator for the demo enterprises, if they exist. */
    synchronized void start() {
        Optional<DemoEnterprises.Pair> found = enterprises.find();
        if (found.isEmpty()) {
            log.info("Plant simulator not started: the demo enterprises are not in the database");
            return;
        }
        UUID chemicals = found.get().chemicals();
        List<PlantPoint> plant = DemoPlant.chemicals();
        OpcUaPlantServer opcUa = opcUaServer(chemicals, plant).orElse(null);
        ModbusPlantServer modbus = modbusServer(chemicals, plant).orElse(null);
        simulate(chemicals, DemoPlant.CHEMICALS_GATEWAY, plant, opcUa, modbus);
        simulate(found.get().storage(), DemoPlant.STORAGE_GATEWAY, DemoPlant.storage(), null, null);
    }

    private void simulate(UUID enterpriseId, String gateway, List<PlantPoint> plant,
            @Nullable OpcUaPlantServer opcUa, @Nullable ModbusPlantServer modbus) {
        String token = tokens.issue(enterpriseId, TOKEN_NAME, "TELEMETRY", Instant.now().plus(3650, ChronoUnit.DAYS));
        SampleSink sink = sink(gateway, token);
        running.add(sink);
        running.add(new PlantSimulator(plant, gateway, System.nanoTime(), sink, opcUa, modbus)
                .start(settings.simulator().period()));
    }

    private SampleSink sink(String gateway, String token) {
        int mqttPort = environment.getProperty("chemsafe.mqtt.port", Integer.class, 1883);
        if (mqttPort > 0) {
            return new MqttSink("tcp://" + HOST + ":" + mqttPort, "demo-simulator-" + gateway, token);
        }
        return new HttpSink("http://" + HOST + ":" + environment.getProperty("local.server.port", "8080"), token);
    }

    private Optional<OpcUaPlantServer> opcUaServer(UUID enterpriseId, List<PlantPoint> plant) {
        int port = portOrFree(settings.simulator().opcUaPort());
        OpcUaPlantServer server = new OpcUaPlantServer(HOST, port, PlantSimulator.tagsOf(plant, Channel.OPC_UA));
        try {
            server.start();
        } catch (Exception e) {
            log.warn("Plant simulator's OPC UA server not started on port {}: {}", port, e.getMessage());
            return Optional.empty();
        }
        running.add(server);
        Map<String, String> mappings = new LinkedHashMap<>();
        PlantSimulator.tagsOf(plant, Channel.OPC_UA).forEach(tag -> mappings.put(server.nodeId(tag), tag));
        monitoring.ensureOpcUaEndpoint(enterpriseId, OPC_UA_ENDPOINT, server.url(), mappings);
        return Optional.of(server);
    }

    private Optional<ModbusPlantServer> modbusServer(UUID enterpriseId, List<PlantPoint> plant) {
        int port = portOrFree(settings.simulator().modbusPort());
        ModbusPlantServer server = new ModbusPlantServer(HOST, port);
        try {
            server.start();
        } catch (Exception e) {
            log.warn("Plant simulator's Modbus TCP server not started on port {}: {}", port, e.getMessage());
            return Optional.empty();
        }
        running.add(server);
        monitoring.ensureModbusDevice(enterpriseId, MODBUS_DEVICE, HOST, port, PlantSimulator.modbusAddresses(plant));
        return Optional.of(server);
    }

    /** The port, or a free one for 0. */
    private static int portOrFree(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void destroy() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                log.debug("Plant simulator part closed uncleanly", e);
            }
        }
        running.clear();
    }
}
