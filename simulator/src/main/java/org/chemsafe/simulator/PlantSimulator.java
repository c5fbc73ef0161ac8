package org.chemsafe.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plant: at each tick every point's signal advances to the tick's time, and its value goes out by the point's
 * channel. Published points go to the sink as one gateway message per tick (in messages of at most
 * {@value #MAX_SAMPLES_PER_MESSAGE} samples); OPC UA points are set on the OPC UA server, Modbus points written as
 * float32 into the Modbus server's holding registers at {@link #modbusAddresses}. A point in a drop-out sends nothing.
 * Each point's signal draws from its own random source, seeded from the simulator's seed and its tag, so a run is
 * reproducible.
 */
public final class PlantSimulator implements AutoCloseable {

    static final int MAX_SAMPLES_PER_MESSAGE = 1_000;
    private static final Logger log = LoggerFactory.getLogger(PlantSimulator.class);

    private final String gateway;
    private final Map<PlantPoint, Signal> signals = new LinkedHashMap<>();
    private final Map<String, Integer> modbusAddresses;
    private final @Nullable SampleSink sink;
    private final @Nullable OpcUaPlantServer opcUa;
    private final @Nullable ModbusPlantServer modbus;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private @Nullable ScheduledExecutorService ticker;

    public PlantSimulator(List<PlantPoint> points, String gateway, long seed, @Nullable SampleSink sink,
            @Nullable OpcUaPlantServer opcUa, @Nullable ModbusPlantServer modbus) {
        this.gateway = gateway;
        this.sink = sink;
        this.opcUa = opcUa;
        this.modbus = modbus;
        this.modbusAddresses = modbusAddresses(points);
        for (PlantPoint point : points) {
            signals.put(point, point.signal().apply(new SplittableRandom(seed ^ point.tag().hashCode())));
        }
    }

    /** Where each Modbus point's float32 lies: two holding registers each, from address 0 on in the points' order. */
    public static Map<String, Integer> modbusAddresses(List<PlantPoint> points) {
        Map<String, Integer> addresses = new LinkedHashMap<>();
        for (PlantPoint point : points) {
            if (point.channel() == Channel.MODBUS) {
                addresses.put(point.tag(), 2 * addresses.size());
            }
        }
        return addresses;
    }

    /** The tags a channel carries, in the points' order. */
    public static List<String> tagsOf(List<PlantPoint> points, Channel channel) {
        return points.stream().filter(point -> point.channel() == channel).map(PlantPoint::tag).toList();
    }

    /** Advances every signal to {@code now} and sends its value; answers the samples published this tick. */
    public synchronized List<Sample> tick(Instant now) {
        List<Sample> published = new ArrayList<>();
        signals.forEach((point, signal) -> {
            double value = signal.next(now);
            if (Double.isNaN(value)) {
                return;
            }
            switch (point.channel()) {
                case PUBLISHED -> published.add(new Sample(point.tag(), now, value));
                case OPC_UA -> {
                    if (opcUa != null) {
                        opcUa.set(point.tag(), value, now);
                    }
                }
                case MODBUS -> {
                    if (modbus != null) {
                        modbus.float32(modbusAddresses.get(point.tag()), value);
                    }
                }
            }
        });
        if (sink != null) {
            for (int from = 0; from < published.size(); from += MAX_SAMPLES_PER_MESSAGE) {
                List<Sample> message = published.subList(from, Math.min(published.size(), from + MAX_SAMPLES_PER_MESSAGE));
                (sink.send(gateway, message) ? acknowledged : dropped).addAndGet(message.size());
            }
        }
        return published;
    }

    /** Ticks every {@code period} on a daemon thread until closed. */
    public synchronized PlantSimulator start(Duration period) {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "plant-simulator");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::safeTick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Plant simulator started: {} points every {} ms", signals.size(), period.toMillis());
        }
        return this;
    }

    private void safeTick() {
        try {
            tick(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Plant simulator tick failed", e);
        }
    }

    /** Published samples the platform acknowledged so far. */
    public long acknowledged() {
        return acknowledged.get();
    }

    /** Published samples it did not (broker or platform away, or refused). */
    public long dropped() {
        return dropped.get();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
