package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.FreePorts;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Acknowledged means durable, end to end: the packaged platform runs as its own process on an embedded PostgreSQL
 * under target/; a gateway streams samples over MQTT (QoS 1) and another over HTTP; right after acknowledgements the
 * platform is killed with SIGKILL mid-stream. Its PostgreSQL outlives it (pg_ctl detached it); the platform started
 * again on the same data directory stops that orphan, starts its own server, and every acknowledged sample is there.
 */
class TelemetryCrashIT {

    private static final Path JAR = Path.of("target", "chemsafe.jar");
    private static final int SAMPLES_PER_BATCH = 100;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 3_000;
    private static final int SIGKILL_EXIT = 128 + 9;

    @Test
    void everyAcknowledgedSampleSurvivesASigkillAndThePlatformStartsAgainOnItsData() throws Exception {
        Path run = Path.of("target", "crash-it", UUID.randomUUID().toString()).toAbsolutePath();
        Instant base = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Set<Instant> viaMqtt = ConcurrentHashMap.newKeySet();
        Set<Instant> viaHttp = ConcurrentHashMap.newKeySet();
        try {
            crashAndRestart(run, base, viaMqtt, viaHttp);
        } finally {
            stopLeftoverPostgres(run.resolve("data").resolve("postgres"));
        }
    }

    private static void crashAndRestart(Path run, Instant base, Set<Instant> viaMqtt, Set<Instant> viaHttp)
            throws Exception {
        Path postgres = run.resolve("data").resolve("postgres");
        String mqttPoint;
        String httpPoint;
        long orphan;
        Platform first = Platform.start(run, "first");
        try {
            ApiClient safety = ApiClient.loggedIn(first.http(), "safety");
            mqttPoint = created(safety.post("/api/v1/points", Map.of("tag", "CRASH-MQTT", "name", "MQTT 液位",
                    "indicatorType", "LEVEL")));
            httpPoint = created(safety.post("/api/v1/points", Map.of("tag", "CRASH-HTTP", "name", "HTTP 液位",
                    "indicatorType", "LEVEL")));
            Response token = safety.post("/api/v1/api-tokens", Map.of("name", "崩溃测试网关", "purpose", "TELEMETRY"));
            String secret = token.json().path("token").asString();

            Thread mqtt = new Thread(() -> streamOverMqtt(first.mqtt(), secret, base, viaMqtt));
            Thread http = new Thread(() -> streamOverHttp(first.http(), secret, base, viaHttp));
            mqtt.start();
            http.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while ((viaMqtt.size() < ACKNOWLEDGED_BEFORE_KILL || viaHttp.size() < ACKNOWLEDGED_BEFORE_KILL)
                    && System.nanoTime() < deadline && mqtt.isAlive() && http.isAlive()) {
                Thread.sleep(5);
            }
            orphan = postmasterPid(postgres);
            first.kill(); // mid-stream: both gateways are still publishing
            assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
            mqtt.join(30_000);
            http.join(30_000);
        } finally {
            first.stop();
        }
        assertThat(viaMqtt).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(viaHttp).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM")
                .contains(true);

        Platform second = Platform.start(run, "second");
        try {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphan was stopped")
                    .isNotEqualTo(Optional.of(true));
            ApiClient safety = ApiClient.loggedIn(second.http(), "safety");
            assertThat(stored(safety, mqttPoint, base)).containsAll(viaMqtt);
            assertThat(stored(safety, httpPoint, base)).containsAll(viaHttp);
        } finally {
            second.stop();
        }
    }

    private static void streamOverMqtt(int port, String token, Instant base, Set<Instant> acknowledged) {
        try {
            MqttClient client = new MqttClient("tcp://127.0.0.1:" + port, "crash-it", new MemoryPersistence());
            client.setTimeToWait(10_000);
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            options.setUserName("gateway");
            options.setPassword(token.toCharArray());
            client.connect(options);
            stream("CRASH-MQTT", base, acknowledged, batch -> {
                try {
                    client.publish("chemsafe/telemetry", batch.getBytes(StandardCharsets.UTF_8), 1, false);
                } catch (MqttException lost) {
                    throw new IllegalStateException(lost);
                }
            });
        } catch (MqttException | RuntimeException stopped) {
            // the platform was killed: what was acknowledged is in the set
        }
    }

    private static void streamOverHttp(int port, String token, Instant base, Set<Instant> acknowledged) {
        ApiClient gateway = ApiClient.withToken(port, token);
        try {
            stream("CRASH-HTTP", base, acknowledged, batch -> {
                Response answer = gateway.postRaw("/api/v1/telemetry", batch, "application/json");
                if (answer.status() != 202) {
                    throw new IllegalStateException(answer.status() + " " + answer.body());
                }
            });
        } catch (RuntimeException stopped) {
            // the platform was killed: what was acknowledged is in the set
        }
    }

    /** Sends batches of consecutive milliseconds until sending fails; a batch's times count once it was sent. */
    private static void stream(String tag, Instant base, Set<Instant> acknowledged, Consumer<String> send) {
        for (int batch = 0; batch < 900; batch++) {
            List<Instant> times = new ArrayList<>();
            List<String> samples = new ArrayList<>();
            for (int i = 0; i < SAMPLES_PER_BATCH; i++) {
                Instant ts = base.plusMillis((long) batch * SAMPLES_PER_BATCH + i);
                times.add(ts);
                samples.add("{\"tag\": \"" + tag + "\", \"ts\": \"" + ts + "\", \"value\": " + (batch + i / 100.0)
                        + "}");
            }
            send.accept("{\"gateway\": \"CRASH\", \"samples\": [" + String.join(",", samples) + "]}");
            acknowledged.addAll(times);
        }
    }

    private static Set<Instant> stored(ApiClient reader, String point, Instant base) {
        JsonNode series = reader.get("/api/v1/points/" + point + "/series?from=" + base + "&to="
                + base.plus(1, ChronoUnit.HOURS) + "&limit=100000").json();
        Set<Instant> times = new HashSet<>();
        series.path("samples").forEach(sample -> times.add(Instant.parse(sample.path("ts").asString())));
        return times;
    }

    /** Stops a PostgreSQL still running in the directory (the test failed between the kill and the restart). */
    private static void stopLeftoverPostgres(Path postgres) throws IOException {
        if (Files.exists(postgres.resolve("postmaster.pid"))) {
            ProcessHandle.of(postmasterPid(postgres)).ifPresent(left -> {
                left.destroy();
                left.onExit().orTimeout(60, TimeUnit.SECONDS).join();
            });
        }
    }

    private static long postmasterPid(Path postgres) throws IOException {
        return Long.parseLong(Files.readAllLines(postgres.resolve("postmaster.pid")).get(0).strip());
    }

    /** The packaged platform as a process of its own, with its log in the run's folder. */
    private record Platform(Process process, int http, int mqtt) {

        static Platform start(Path run, String name) throws IOException, InterruptedException {
            Files.createDirectories(run);
            int http = FreePorts.next();
            int mqtt = FreePorts.next();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(),
                    "--server.port=" + http, "--chemsafe.mqtt.port=" + mqtt,
                    "--chemsafe.data-dir=" + run.resolve("data"),
                    "--chemsafe.bootstrap.admin-password=Admin2026!")
                    .redirectErrorStream(true).redirectOutput(run.resolve(name + ".log").toFile()).start();
            Platform platform = new Platform(process, http, mqtt);
            platform.awaitReady(run.resolve(name + ".log"));
            return platform;
        }

        private void awaitReady(Path log) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest readiness = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + http + "/actuator/health/readiness")).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the platform stopped at start-up:\n" + Files.readString(log));
                }
                try {
                    if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            stop();
            throw new IllegalStateException("the platform was not ready within 5 minutes, see " + log);
        }

        /** SIGKILL: {@link Process#destroyForcibly()} sends it on Linux, as the exit status 137 shows. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        /** Stops the platform (SIGTERM, a graceful shutdown that stops its PostgreSQL too). */
        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

}
