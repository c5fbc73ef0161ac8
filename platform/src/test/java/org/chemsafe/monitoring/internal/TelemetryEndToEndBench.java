package org.chemsafe.monitoring.internal;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.chemsafe.simulator.LoadPlant;
import org.chemsafe.simulator.Sample;
import org.chemsafe.simulator.TelemetryJson;
import org.chemsafe.support.ApiClient;
import org.chemsafe.support.FreePorts;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end telemetry benchmark (bench/telemetry-e2e.sh; not part of the suite: only run by name), in one JVM
 * with the platform on its embedded PostgreSQL: {@code bench.points} points registered for one enterprise; the heap
 * they hold once every point has reported (index, latest values, data quality, alarm rules), after GC; then for
 * {@code bench.seconds} gateways publish over real MQTT (Paho, QoS 1, {@code bench.connections} connections, 1,000
 * samples a message, 32 messages in flight each), counting the samples acknowledged (PUBACK = committed); meanwhile a
 * probe publishes one sample every 200 ms on its own connection and times until its value is the point's latest
 * (queryable); then the same over HTTP ({@code POST /api/v1/telemetry}, 5,000 samples a request, as many clients as
 * connections). With {@code bench.rate} the MQTT connections together offer that many samples a second (a plant's
 * gateways send at their pace); without, as fast as they are acknowledged. The load generator shares the machine's
 * cores with the platform and PostgreSQL. The alarm rules run on every sample: one point in {@link #ALARMING}
 * crosses its high limit (150) and back on alternate rounds, so the alarm centre raises and returns alarms all the
 * time; a second probe crosses its high-high limit and back every 500 ms and times until the alarm centre has the
 * alarm active (or returned): sample to alarm.
 */
@PlatformTest
class TelemetryEndToEndBench {

    private static final int MQTT_PORT = FreePorts.next();
    private static final int POINTS = Integer.getInteger("bench.points", 100_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 4);
    /** Samples a second all MQTT connections together offer; 0: as fast as acknowledged (saturating). */
    private static final int RATE = Integer.getInteger("bench.rate", 0);
    private static final int PER_MESSAGE = 1_000;
    private static final int PER_REQUEST = 5_000;
    private static final int IN_FLIGHT = 32;
    /** One point in this many crosses its high limit and back on alternate rounds. */
    private static final int ALARMING = 1_000;
    /** The simulator's load-test tags, made once: the generator shares the cores with the platform. */
    private static final String[] TAGS = java.util.stream.IntStream.range(0, POINTS)
            .mapToObj(p -> LoadPlant.tag(p + 1)).toArray(String[]::new);

    @DynamicPropertySource
    static void mqtt(DynamicPropertyRegistry registry) {
        registry.add("chemsafe.mqtt.port", () -> MQTT_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    PointIndex index;

    @Autowired
    LatestValues latest;

    @Autowired
    SeriesReader series;

    @Test
    void endToEnd() throws Exception {
        List<String> report = new ArrayList<>();
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        UUID enterpriseId = UUID.fromString(enterprise.id());
        String token = safety.post("/api/v1/api-tokens", Map.of("name", "压测网关", "purpose", "TELEMETRY")).json()
                .path("token").asString();

        long heapBefore = heapAfterGc();
        UUID[] probes = register(enterpriseId);
        UUID probe = probes[0];
        try (Gateway warmUp = new Gateway(token)) {
            warmUp.publishRound(0, Instant.now());
            warmUp.drain();
        }
        long heapAfter = heapAfterGc();
        report.add(String.format("points %,d; heap held once every point reported: %.1f MiB, %.1f MiB per 100,000 "
                + "points", POINTS, (heapAfter - heapBefore) / 1048576.0,
                (heapAfter - heapBefore) / 1048576.0 * 100_000 / POINTS));

        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> delays = new ArrayList<>();
        Thread prober = started(() -> probe(token, probe, running, delays));
        List<Long> alarmDelays = new ArrayList<>();
        Thread alarmProber = started(() -> alarmProbe(token, probes[1], running, alarmDelays));
        long start = System.nanoTime();
        List<Thread> publishers = new ArrayList<>();
        AtomicLong acknowledged = new AtomicLong();
        for (int c = 0; c < CONNECTIONS; c++) {
            int offset = c;
            publishers.add(started(() -> {
                try (Gateway gateway = new Gateway(token)) {
                    gateway.pace(RATE / (double) CONNECTIONS);
                    for (int round = offset; running.get(); round += CONNECTIONS) {
                        gateway.publishRound(round, Instant.now());
                    }
                    gateway.drain();
                    acknowledged.addAndGet(gateway.acknowledged.get());
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            }));
        }
        TimeUnit.SECONDS.sleep(SECONDS);
        running.set(false);
        for (Thread publisher : publishers) {
            publisher.join();
        }
        double mqttSeconds = (System.nanoTime() - start) / 1e9;
        prober.join();
        alarmProber.join();
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] alarmSorted = alarmDelays.stream().mapToLong(Long::longValue).sorted().toArray();
        report.add(String.format("MQTT, %d connections, QoS 1, %,d samples a message, offered %s: %,d samples "
                + "acknowledged in %.1f s, %,.0f samples/s", CONNECTIONS, PER_MESSAGE, RATE == 0 ? "as fast as "
                + "acknowledged" : String.format("%,d samples/s", RATE), acknowledged.get(), mqttSeconds,
                acknowledged.get() / mqttSeconds));
        report.add(String.format("publish -> queryable (latest value), %d probes: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
        report.add(String.format("sample -> alarm (raised or returned in the alarm centre), %d probes: p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms", alarmSorted.length, percentile(alarmSorted, 50) / 1e6,
                percentile(alarmSorted, 99) / 1e6, alarmSorted.length == 0 ? 0 : alarmSorted[alarmSorted.length - 1]
                        / 1e6));
        report.add(String.format("alarm transitions raised or returned by the load and probes: %,d",
                transitions(enterpriseId)));
        report.add(seriesReads(enterpriseId));
        report.add(http(token));
        report.forEach(System.out::println);
        Files.write(Path.of("target/bench-telemetry-e2e.txt"), report);
    }

    /**
     * The raw series of the last hour of 50 random points, all of it still in the landing segment: a read takes the
     * landing blocks of the point's bucket and keeps the point's samples, so its time grows with the landing segment.
     */
    private String seriesReads(UUID enterpriseId) throws java.sql.SQLException {
        List<UUID> points = new ArrayList<>();
        long landed;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement pick = connection.prepareStatement(
                        "select id from monitoring_point where enterprise_id = ? order by random() limit 50");
                PreparedStatement count = connection.prepareStatement(
                        "select coalesce(sum(sample_count), 0) from telemetry_landing")) {
            pick.setObject(1, enterpriseId);
            try (java.sql.ResultSet rows = pick.executeQuery()) {
                while (rows.next()) {
                    points.add(rows.getObject(1, UUID.class));
                }
            }
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                landed = rows.getLong(1);
            }
        }
        long[] times = new long[points.size()];
        long samples = 0;
        for (int i = 0; i < points.size(); i++) {
            Instant now = Instant.now();
            long start = System.nanoTime();
            samples += series.raw(points.get(i), now.minusSeconds(3600), now, 100_000).size();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return String.format("raw series of the last hour, %d points, %,d samples in the landing segment: %,d "
                + "samples a read, p50 %.1f ms, max %.1f ms", points.size(), landed, samples / points.size(),
                percentile(times, 50) / 1e6, times[times.length - 1] / 1e6);
    }

    /**
     * The points, one batch insert (the bench's set-up, not what it measures); answers the ids of the latest-value
     * probe and the alarm probe.
     */
    private UUID[] register(UUID enterpriseId) throws Exception {
        UUID probe = UUID.randomUUID();
        UUID alarmProbe = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into monitoring_point (id, enterprise_id, tag, name, indicator_type, unit, range_low, "
                        + "range_high, limit_high, limit_high_high, deadband, expected_period_seconds, enabled, "
                        + "updated_at) values (?, ?, ?, ?, 'TEMPERATURE', '℃', 0, 200, 150, 180, 1, 10, true, ?)")) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (int p = 0; p <= POINTS + 1; p++) {
                insert.setObject(1, p == POINTS ? probe : p == POINTS + 1 ? alarmProbe : UUID.randomUUID());
                insert.setObject(2, enterpriseId);
                insert.setString(3, p == POINTS ? "PROBE" : p == POINTS + 1 ? "ALARM-PROBE" : tag(p));
                insert.setString(4, "压测温度 " + p);
                insert.setTimestamp(5, now);
                insert.addBatch();
                if (p % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        index.changed(enterpriseId);
        return new UUID[] {probe, alarmProbe};
    }

    /**
     * Every 500 ms the alarm probe reports 190 (above high-high) or 20 (normal), and the time until the alarm centre
     * holds its alarm active (or returned) is kept: the path a sample takes to an alarm people see.
     */
    private void alarmProbe(String token, UUID point, AtomicBoolean running, List<Long> delays) {
        try (Gateway gateway = new Gateway(token); Connection connection = dataSource.getConnection();
                PreparedStatement state = connection.prepareStatement("select active from alarm where originator_id "
                        + "= ? and type = 'PROCESS_HIGH' and not closed")) {
            state.setObject(1, point);
            for (int i = 1; running.get(); i++) {
                boolean raise = i % 2 == 1;
                long sent = System.nanoTime();
                gateway.publish(("{\"gateway\":\"PROBE\",\"samples\":[{\"tag\":\"ALARM-PROBE\",\"ts\":"
                        + Instant.now().toEpochMilli() + ",\"value\":" + (raise ? 190 : 20) + "}]}")
                        .getBytes(StandardCharsets.UTF_8), 0);
                while (active(state) != raise) {
                    TimeUnit.MILLISECONDS.sleep(1);
                    if (System.nanoTime() - sent > 30_000_000_000L) {
                        throw new IllegalStateException("alarm probe " + i + " not applied in 30 s");
                    }
                }
                delays.add(System.nanoTime() - sent);
                TimeUnit.MILLISECONDS.sleep(500);
            }
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static boolean active(PreparedStatement state) throws java.sql.SQLException {
        try (java.sql.ResultSet rows = state.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private long transitions(UUID enterpriseId) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(
                "select count(*) from alarm_transition where enterprise_id = ? and kind in ('RAISED', 'RETURNED')")) {
            count.setObject(1, enterpriseId);
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void probe(String token, UUID probe, AtomicBoolean running, List<Long> delays) {
        try (Gateway gateway = new Gateway(token)) {
            for (int i = 1; running.get(); i++) {
                long sent = System.nanoTime();
                gateway.publish(("{\"gateway\":\"PROBE\",\"samples\":[{\"tag\":\"PROBE\",\"ts\":"
                        + Instant.now().toEpochMilli() + ",\"value\":" + i + "}]}").getBytes(StandardCharsets.UTF_8),
                        0);
                while (true) {
                    LatestValues.Latest value = latest.of(probe);
                    if (value != null && value.value() == i) {
                        break;
                    }
                    TimeUnit.MICROSECONDS.sleep(200);
                    if (System.nanoTime() - sent > 30_000_000_000L) {
                        throw new IllegalStateException("probe " + i + " not queryable in 30 s");
                    }
                }
                delays.add(System.nanoTime() - sent);
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The HTTP path for half the time: clients posting requests of 5,000 samples, each waiting for its 202. */
    private String http(String token) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong accepted = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CONNECTIONS; c++) {
            int offset = c;
            clients.add(started(() -> {
                for (int round = offset; running.get(); round += CONNECTIONS) {
                    for (int first = 0; first < POINTS && running.get(); first += PER_REQUEST) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/v1/telemetry")).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(message(first, PER_REQUEST, round,
                                        Instant.now()))).build();
                        try {
                            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() != 202) {
                                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                            }
                            accepted.addAndGet(PER_REQUEST);
                        } catch (Exception failed) {
                            throw new IllegalStateException(failed);
                        }
                    }
                }
            }));
        }
        TimeUnit.SECONDS.sleep(Math.max(5, SECONDS / 2));
        running.set(false);
        for (Thread thread : clients) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("HTTP, %d clients, %,d samples a request: %,d samples accepted in %.1f s, %,.0f samples/s",
                CONNECTIONS, PER_REQUEST, accepted.get(), seconds, accepted.get() / seconds);
    }

    /**
     * The simulator's telemetry message ({@link TelemetryJson}, epoch-millisecond times) of the points first … first +
     * count − 1; one point in {@value #ALARMING} alternates between 160 and 20 by round (over and under its limit).
     */
    private static byte[] message(int first, int count, int round, Instant at) {
        List<Sample> samples = new ArrayList<>(count);
        for (int p = first; p < Math.min(POINTS, first + count); p++) {
            double value = p % ALARMING == 0 ? (round % 2 == 0 ? 160 : 20) : 20 + (p + round) % 100 * 0.5;
            samples.add(new Sample(tag(p), at, value));
        }
        return TelemetryJson.of("BENCH", samples).getBytes(StandardCharsets.UTF_8);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static String tag(int p) {
        return TAGS[p];
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0
                * sorted.length) - 1)];
    }

    /** One gateway connection publishing at QoS 1 with a bounded number of messages in flight. */
    private static final class Gateway implements AutoCloseable {

        private final MqttAsyncClient client;
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        private final AtomicLong acknowledged = new AtomicLong();
        private double samplesPerSecond;
        private long started;
        private long offered;

        Gateway(String token) throws MqttException {
            client = new MqttAsyncClient("tcp://127.0.0.1:" + MQTT_PORT, "bench-" + Long.toHexString(System.nanoTime()),
                    new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName("bench");
            options.setPassword(token.toCharArray());
            options.setMaxInflight(IN_FLIGHT);
            options.setKeepAliveInterval(60);
            client.connect(options).waitForCompletion(10_000);
        }

        /** Offers at most this many samples a second from now on (0: no limit). */
        void pace(double rate) {
            samplesPerSecond = rate;
            started = System.nanoTime();
        }

        /** One message per 1,000 points, every point once, timed {@code at}. */
        void publishRound(int round, Instant at) throws Exception {
            for (int first = 0; first < POINTS; first += PER_MESSAGE) {
                publish(message(first, PER_MESSAGE, round, at), Math.min(PER_MESSAGE, POINTS - first));
            }
        }

        void publish(byte[] payload, int samples) throws Exception {
            if (samplesPerSecond > 0) {
                long due = started + (long) (offered / samplesPerSecond * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                offered += samples;
            }
            inFlight.acquire();
            client.publish("chemsafe/telemetry", payload, 1, false, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    acknowledged.addAndGet(samples);
                    inFlight.release();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failed) {
                    inFlight.release();
                }
            });
        }

        /** Waits until every message sent is acknowledged. */
        void drain() throws InterruptedException {
            inFlight.acquire(IN_FLIGHT);
            inFlight.release(IN_FLIGHT);
        }

        @Override
        public void close() throws MqttException {
            client.disconnect().waitForCompletion(10_000);
            client.close();
        }
    }
}
