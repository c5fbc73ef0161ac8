package org.chemsafe.monitoring.internal.collector.modbus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chemsafe.monitoring.internal.CollectedSamples;
import org.chemsafe.monitoring.internal.collector.CollectorSettings;
import org.chemsafe.monitoring.internal.collector.ReconnectingCollection;
import org.chemsafe.monitoring.internal.collector.modbus.ReadPlan.Read;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.pdu.ModbusRequestPdu;
import com.digitalpetri.modbus.pdu.ModbusResponsePdu;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;

/**
 * The poller of one Modbus TCP device: connects, then every poll period sends the {@link ReadPlan}'s reads (one per
 * run of adjacent mappings), decodes each mapping's value and hands the poll's values, stamped with the poll's start
 * (Modbus carries no timestamps), to the pipeline as one batch. A read the device refuses with a Modbus exception
 * (e.g. an illegal address) lists its registers in the status and polling goes on; a connection error or timeout
 * drops the connection and a new one is attempted after the back-off.
 */
final class ModbusPoller extends ReconnectingCollection {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusPoller.class);

    private final StoredDevice device;
    private final CollectedSamples samples;
    private final CollectorSettings settings;
    private final Clock clock;
    private final List<Read> reads;
    private final String gateway;
    private volatile @Nullable ModbusTcpClient client;

    ModbusPoller(StoredDevice device, CollectedSamples samples, ScheduledExecutorService scheduler,
            CollectorSettings settings, Clock clock) {
        super(scheduler, settings, clock);
        this.device = device;
        this.samples = samples;
        this.settings = settings;
        this.clock = clock;
        this.reads = ReadPlan.of(device.registers());
        this.gateway = "modbus:" + device.name();
    }

    @Override
    protected void disconnect() {
        ModbusTcpClient current = client;
        client = null;
        if (current != null) {
            current.disconnectAsync();
        }
    }

    @Override
    protected void connect() {
        ModbusTcpClient connecting = ModbusTcpClient.create(NettyTcpClientTransport.create(transport -> transport
                .setHostname(device.host()).setPort(device.port()).setConnectTimeout(settings.requestTimeout())
                .setConnectPersistent(false)), config -> config.setRequestTimeout(settings.requestTimeout()));
        client = connecting;
        connecting.connectAsync().whenComplete((connected, failure) -> {
            if (failure != null) {
                lost(connecting, failure);
            } else if (client == connecting) {
                connected();
                scheduler().execute(() -> poll(connecting));
            }
        });
    }

    private void poll(ModbusTcpClient polling) {
        if (stopped() || client != polling) {
            return;
        }
        Instant started = clock.instant();
        List<CollectedSamples.Sample> values = new ArrayList<>();
        Map<String, String> problems = new ConcurrentHashMap<>();
        CompletableFuture<?>[] answers = reads.stream().map(read -> polling
                .sendAsync(device.unitId(), request(read)).toCompletableFuture()
                .handle((response, failure) -> {
                    if (failure == null) {
                        synchronized (values) {
                            read.mappings().forEach(mapping -> values.add(new CollectedSamples.Sample(mapping.tag(),
                                    started, RegisterDecoder.decode(mapping, read.start(), bytes(response)))));
                        }
                        return null;
                    }
                    if (cause(failure) instanceof ModbusResponseException refused) {
                        problems.put(describe(read), String.valueOf(refused.getMessage()));
                        return null;
                    }
                    throw new CompletionException(cause(failure));
                }))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(answers).whenComplete((done, failure) -> {
            if (failure != null) {
                lost(polling, failure);
                return;
            }
            status().itemProblemsCleared();
            problems.forEach(status()::itemProblem);
            if (!values.isEmpty()) {
                status().submitted(samples.submit(device.enterpriseId(), gateway, values));
            }
            long elapsed = Duration.between(started, clock.instant()).toMillis();
            scheduler().schedule(() -> poll(polling), Math.max(0, device.pollPeriodMs() - elapsed),
                    TimeUnit.MILLISECONDS);
        });
    }

    /** Drops the connection if it is still the current one and tries again after the back-off. */
    private void lost(ModbusTcpClient lostClient, Throwable failure) {
        if (stopped() || client != lostClient) {
            return;
        }
        client = null;
        lostClient.disconnectAsync();
        Throwable cause = cause(failure);
        String error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        LOG.info("Modbus device {} ({}:{}): {}; reconnecting", device.name(), device.host(), device.port(), error);
        failed(error);
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String describe(Read read) {
        return "FC" + read.functionCode() + " " + read.start() + "+" + read.quantity();
    }

    private static ModbusRequestPdu request(Read read) {
        return switch (read.functionCode()) {
            case 1 -> new ReadCoilsRequest(read.start(), read.quantity());
            case 2 -> new ReadDiscreteInputsRequest(read.start(), read.quantity());
            case 3 -> new ReadHoldingRegistersRequest(read.start(), read.quantity());
            case 4 -> new ReadInputRegistersRequest(read.start(), read.quantity());
            default -> throw new IllegalArgumentException("function code " + read.functionCode());
        };
    }

    private static byte[] bytes(ModbusResponsePdu response) {
        if (response instanceof ReadHoldingRegistersResponse holding) {
            return holding.registers();
        }
        if (response instanceof ReadInputRegistersResponse input) {
            return input.registers();
        }
        if (response instanceof ReadCoilsResponse coils) {
            return coils.coils();
        }
        if (response instanceof ReadDiscreteInputsResponse inputs) {
            return inputs.inputs();
        }
        throw new IllegalArgumentException("not a read response: " + response);
    }
}
