package org.chemsafe.monitoring.collector;

import java.util.Optional;

import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.server.ProcessImage;
import com.digitalpetri.modbus.server.ReadWriteModbusServices;
import com.digitalpetri.modbus.tcp.server.NettyServerTransportConfig;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;

/**
 * A real Modbus TCP server (digitalpetri modbus 2.1.4) on 127.0.0.1 for the poller's tests, serving one process
 * image (coils, discrete inputs, holding and input registers the test sets) to unit id 1. The image outlives a stop,
 * so a server started again on the same port serves the same values.
 */
final class TestModbusServer {

    static final int UNIT_ID = 1;

    private final int port;
    private final ProcessImage image = new ProcessImage();
    private ModbusTcpServer server;

    TestModbusServer(int port) {
        this.port = port;
    }

    TestModbusServer start() throws Exception {
        NettyTcpServerTransport transport = new NettyTcpServerTransport(NettyServerTransportConfig.create(config -> {
            config.bindAddress = "127.0.0.1";
            config.port = port;
        }));
        server = ModbusTcpServer.create(transport, new ReadWriteModbusServices() {
            @Override
            protected Optional<ProcessImage> getProcessImage(int unitId) {
                return unitId == UNIT_ID ? Optional.of(image) : Optional.empty();
            }
        });
        server.start();
        return this;
    }

    void stop() throws Exception {
        server.stop();
    }

    int port() {
        return port;
    }

    /** Sets holding registers from {@code address} on, each given as its two bytes in wire order. */
    void holding(int address, int... bytes) {
        image.with(tx -> tx.writeHoldingRegisters(registers -> {
            for (int i = 0; i < bytes.length / 2; i++) {
                registers.put(address + i, new byte[] {(byte) bytes[2 * i], (byte) bytes[2 * i + 1]});
            }
        }));
    }

    void input(int address, int high, int low) {
        image.with(tx -> tx.writeInputRegisters(registers -> registers.put(address,
                new byte[] {(byte) high, (byte) low})));
    }

    void coil(int address, boolean on) {
        image.with(tx -> tx.writeCoils(coils -> coils.put(address, on)));
    }

    void discreteInput(int address, boolean on) {
        image.with(tx -> tx.writeDiscreteInputs(inputs -> inputs.put(address, on)));
    }
}
