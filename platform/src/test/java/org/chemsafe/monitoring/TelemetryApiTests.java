package org.chemsafe.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * HTTP ingestion with a TELEMETRY token: good samples answered 202 once stored and readable at once (latest value
 * and raw series); every kind of bad sample rejected with its index and reason and counted per gateway; another
 * enterprise's tag unknown; malformed JSON a 400 problem; a session user or a token of another purpose refused.
 */
@PlatformTest
class TelemetryApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void aBatchIsStoredBeforeItIsAcknowledgedAndEveryBadSampleIsRejectedByIndex() {
        TestEnterprise enterprise = TestEnterprise.register(port);
        ApiClient safety = enterprise.safetyManager(port);
        String level = created(safety.post("/api/v1/points", Map.of("tag", "LT-101", "name", "1号储罐液位",
                "indicatorType", "LEVEL", "rangeLow", 0, "rangeHigh", 20)));
        ApiClient gateway = ApiClient.withToken(port, token(safety, "TELEMETRY"));
        ApiClient other = TestEnterprise.register(port).safetyManager(port);
        created(other.post("/api/v1/points", Map.of("tag", "LT-999", "name", "他厂液位", "indicatorType", "LEVEL")));

        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant earlier = now.minusSeconds(60);
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.add(sample("LT-101", earlier.toString(), 3.42));
        samples.add(sample("LT-101", now.toEpochMilli(), 25.0)); // outside 0–20: stored, flagged
        samples.add(sample("LT-999", now.toString(), 1.0)); // 2: another enterprise's tag
        samples.add(sample("LT-404", now.toString(), 1.0)); // 3: no such tag
        samples.add(sample("LT-101", now.toString(), "3.4")); // 4: a string
        samples.add(sample("LT-101", now.toString(), Double.POSITIVE_INFINITY)); // 5: sent as 1e400
        samples.add(new HashMap<>(Map.of("tag", "LT-101", "value", 1.0))); // 6: no ts
        samples.add(sample("LT-101", "yesterday", 1.0)); // 7
        samples.add(sample("LT-101", now.plusSeconds(5 * 60 + 1).toString(), 1.0)); // 8: beyond 5 minutes ahead
        samples.add(sample("LT-101", now.minus(31, ChronoUnit.DAYS).toString(), 1.0)); // 9: beyond 30 days
        samples.add(sample("LT-101", now.plusSeconds(4 * 60).toString(), 1.0)); // 10: within 5 minutes: fine
        double before = rejected("GW01", "UNKNOWN_TAG");

        Response answer = gateway.postRaw("/api/v1/telemetry", json(Map.of("gateway", "GW01", "samples", samples)),
                "application/json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        JsonNode receipt = answer.json();
        assertThat(receipt.path("accepted").asInt()).isEqualTo(3);
        Map<Integer, String> reasons = new LinkedHashMap<>();
        receipt.path("rejected").forEach(r -> reasons.put(r.path("index").asInt(), r.path("reason").asString()));
        assertThat(reasons).containsExactly(Map.entry(2, "UNKNOWN_TAG"), Map.entry(3, "UNKNOWN_TAG"),
                Map.entry(4, "NON_NUMERIC_VALUE"), Map.entry(5, "NON_FINITE_VALUE"), Map.entry(6, "MISSING_TS"),
                Map.entry(7, "INVALID_TS"), Map.entry(8, "TS_IN_FUTURE"), Map.entry(9, "TS_BEYOND_RETENTION"));
        assertThat(rejected("GW01", "UNKNOWN_TAG") - before).isGreaterThanOrEqualTo(2);

        // acknowledged means stored: readable at once, no waiting
        JsonNode series = safety.get("/api/v1/points/" + level + "/series?from=" + earlier.minusSeconds(1) + "&to="
                + now.plusSeconds(600) + "&resolution=raw").json();
        assertThat(series.path("resolution").asString()).isEqualTo("raw");
        assertThat(series.path("truncated").asBoolean()).isFalse();
        assertThat(series.path("samples").valueStream().map(s -> s.path("value").asDouble()))
                .containsExactly(3.42, 25.0, 1.0);
        assertThat(series.path("samples").get(0).path("ts").asString()).isEqualTo(earlier.toString());
        JsonNode limited = safety.get("/api/v1/points/" + level + "/series?from=" + earlier.minusSeconds(1) + "&to="
                + now.plusSeconds(600) + "&limit=2").json();
        assertThat(limited.path("samples").size()).isEqualTo(2);
        assertThat(limited.path("truncated").asBoolean()).isTrue();

        JsonNode latest = safety.get("/api/v1/points/latest?ids=" + level).json();
        assertThat(latest.size()).isEqualTo(1);
        assertThat(latest.get(0).path("value").asDouble()).isEqualTo(1.0);
        assertThat(latest.get(0).path("ts").asString()).isEqualTo(now.plusSeconds(4 * 60).toString());

        // the other enterprise sees neither the point's series nor its latest value
        assertThat(other.get("/api/v1/points/" + level + "/series").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/points/latest?ids=" + level).json().size()).isZero();
    }

    @Test
    void aPointRegisteredAfterTheFirstSamplesIsKnownAtOnce() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        ApiClient gateway = ApiClient.withToken(port, token(safety, "TELEMETRY"));
        String now = Instant.now().toString();
        Response unknown = gateway.post("/api/v1/telemetry", Map.of("samples", List.of(sample("FT-1", now, 1.5))));
        assertThat(unknown.json().path("rejected").get(0).path("reason").asString()).isEqualTo("UNKNOWN_TAG");
        String flow = created(safety.post("/api/v1/points", Map.of("tag", "FT-1", "name", "进料流量",
                "indicatorType", "FLOW")));
        Response known = gateway.post("/api/v1/telemetry", Map.of("samples", List.of(sample("FT-1", now, 1.5))));
        assertThat(known.json().path("accepted").asInt()).as(known.body()).isEqualTo(1);
        assertThat(safety.get("/api/v1/points/" + flow + "/series").json().path("samples").size()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsAreAllStoredBeforeTheirAnswers() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String pressure = created(safety.post("/api/v1/points", Map.of("tag", "PT-1", "name", "压力",
                "indicatorType", "PRESSURE")));
        String token = token(safety, "TELEMETRY");
        Instant start = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);
        int requests = 16;
        int perRequest = 250;
        List<Callable<Response>> calls = new ArrayList<>();
        for (int r = 0; r < requests; r++) {
            List<Map<String, Object>> samples = new ArrayList<>();
            for (int i = 0; i < perRequest; i++) {
                samples.add(sample("PT-1", start.plusMillis((long) r * perRequest + i).toString(), r + i / 1000.0));
            }
            calls.add(() -> ApiClient.withToken(port, token).post("/api/v1/telemetry",
                    Map.of("gateway", "GW-P", "samples", samples)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Response> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(202);
                assertThat(answer.get().json().path("accepted").asInt()).isEqualTo(perRequest);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode series = safety.get("/api/v1/points/" + pressure + "/series?from=" + start + "&to="
                + start.plusSeconds(60) + "&limit=100000").json();
        assertThat(series.path("samples").size()).isEqualTo(requests * perRequest);
    }

    @Test
    void malformedBodiesAndWrongCallersAreRefused() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        ApiClient gateway = ApiClient.withToken(port, token(safety, "TELEMETRY"));
        Response malformed = gateway.postRaw("/api/v1/telemetry", "{\"samples\": [", "application/json");
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        Response noSamples = gateway.post("/api/v1/telemetry", Map.of("gateway", "GW01"));
        assertThat(noSamples.status()).isEqualTo(400);
        assertThat(noSamples.body()).contains("samples");
        Response notAList = gateway.postRaw("/api/v1/telemetry", "{\"samples\": 5}", "application/json");
        assertThat(notAList.status()).as(notAList.body()).isEqualTo(400);
        Response notObjects = gateway.post("/api/v1/telemetry", Map.of("samples", List.of(1, "x")));
        assertThat(notObjects.json().path("rejected").valueStream().map(r -> r.path("reason").asString()))
                .containsExactly("MALFORMED_SAMPLE", "MALFORMED_SAMPLE");

        assertThat(safety.post("/api/v1/telemetry", Map.of("samples", List.of())).status()).as("a session user")
                .isEqualTo(403);
        ApiClient reader = ApiClient.withToken(port, token(safety, "READ_ONLY"));
        assertThat(reader.post("/api/v1/telemetry", Map.of("samples", List.of())).status()).isEqualTo(403);
        assertThat(safety.get("/api/v1/points/latest").status()).isEqualTo(400);
    }

    private double rejected(String gateway, String reason) {
        var counter = meters.find("chemsafe.telemetry.rejected").tags("gateway", gateway, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String token(ApiClient administrator, String purpose) {
        Response token = administrator.post("/api/v1/api-tokens", Map.of("name", "网关" + purpose, "purpose", purpose));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asString();
    }

    private static Map<String, Object> sample(String tag, Object ts, Object value) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("tag", tag);
        sample.put("ts", ts);
        sample.put("value", value);
        return sample;
    }

    /** The body as JSON text: 1e400 must reach the server as a number literal, not as a string. */
    private static String json(Object body) {
        return new tools.jackson.databind.ObjectMapper().writeValueAsString(body).replace("\"Infinity\"", "1e400")
                .replace("Infinity", "1e400");
    }
}
