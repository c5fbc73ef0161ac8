package org.chemsafe.simulator;

import java.util.Optional;

import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.server.ProcessImage;
import com.digitalpetri.modbus.server.ReadWriteModbusServices;
import com.digitalpetri.modbus.tcp.server.NettyServerTransportConfig;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;

/**
 * The plant's Modbus TCP server (digitalpetri modbus 2.1.4), as a PLC or a gas controller serves its registers: one
 * process image (coils, discrete inputs, holding and input registers the simulator or a test sets) for unit id 1. The
 * image outlives a stop, so a server started again on the same port serves the same values.
 */
public final class ModbusPlantServer implements AutoCloseable {

    public static final int UNIT_ID = 1;

    private final String host;
    private final int port;
    private final ProcessImage image = new ProcessImage();
    private ModbusTcpServer server;

    public ModbusPlantServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public ModbusPlantServer start() throws Exception {
        NettyTcpServerTransport transport = new NettyTcpServerTransport(NettyServerTransportConfig.create(config -> {
            config.bindAddress = host;
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

    public void stop() throws Exception {
        server.stop();
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    public int port() {
        return port;
    }

    /** Sets two holding registers from {@code address} on to the value as an IEEE 754 float32, big-endian. */
    public void float32(int address, double value) {
        int bits = Float.floatToIntBits((float) value);
        holding(address, bits >>> 24, (bits >>> 16) & 0xFF, (bits >>> 8) & 0xFF, bits & 0xFF);
    }

    /** Sets holding registers from {@code address} on, each given as its two bytes in wire order. */
    public void holding(int address, int... bytes) {
        image.with(tx -> tx.writeHoldingRegisters(registers -> {
            for (int i = 0; i < bytes.length / 2; i++) {
                registers.put(address + i, new byte[] {(byte) bytes[2 * i], (byte) bytes[2 * i + 1]});
            }
        }));
    }

    public void input(int address, int high, int low) {
        image.with(tx -> tx.writeInputRegisters(registers -> registers.put(address,
                new byte[] {(byte) high, (byte) low})));
    }

    public void coil(int address, boolean on) {
        image.with(tx -> tx.writeCoils(coils -> coils.put(address, on)));
    }

    public void discreteInput(int address, boolean on) {
        image.with(tx -> tx.writeDiscreteInputs(inputs -> inputs.put(address, on)));
    }
}
