package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.RegistryFixtures.created;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.ApiClient;
import org.chemsafe.support.ApiClient.Response;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.TestEnterprise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The compressed store through the real ingestion and series APIs: the same samples before and after compaction,
 * late samples merged into the chunk, the 1 min and 1 h rollups checked by hand, resolutions picked by range, bad
 * query parameters refused; and retention dropping whole partitions by age under a fixed clock.
 */
@PlatformTest
class TelemetryStoreTests {

    @LocalServerPort
    int port;

    @Autowired
    RawWriter writer;

    @Autowired
    Compactor compactor;

    @Autowired
    StorePartitions partitions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void compactionKeepsEverySampleAndTheRollupsAddUp() throws Exception {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "PT-201", "name", "反应釜压力",
                "indicatorType", "PRESSURE", "rangeLow", 0, "rangeHigh", 10)));
        ApiClient gateway = ApiClient.withToken(port, token(safety));
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
        send(gateway, List.of(sample(hour.plusSeconds(10), 1.5), sample(hour.plusSeconds(20), 2.5),
                sample(hour.plusMillis(50_123), 4.0), sample(hour.plusSeconds(90), 3.0),
                sample(hour.plusSeconds(30 * 60), 12.0), sample(hour.plusSeconds(59 * 60), 9.0),
                sample(hour.plusSeconds(3605), 7.25)));
        String range = "?from=" + hour + "&to=" + hour.plus(2, ChronoUnit.HOURS);

        JsonNode rawBefore = series(safety, point, range + "&resolution=raw");
        JsonNode minutesBefore = series(safety, point, range + "&resolution=1m");
        JsonNode hoursBefore = series(safety, point, range + "&resolution=1h");
        assertThat(rawBefore.path("samples").valueStream().map(s -> s.path("value").asDouble()))
                .containsExactly(1.5, 2.5, 4.0, 3.0, 12.0, 9.0, 7.25);

        sealAndCompact();
        assertThat(jdbc.sql("select sample_count from telemetry_chunk where point_id = :id order by period_start")
                .param("id", java.util.UUID.fromString(point)).query(Integer.class).list()).containsExactly(6, 1);
        assertThat(series(safety, point, range + "&resolution=raw")).isEqualTo(rawBefore);
        assertThat(series(safety, point, range + "&resolution=1m")).isEqualTo(minutesBefore);
        assertThat(series(safety, point, range + "&resolution=1h")).isEqualTo(hoursBefore);

        // by hand: the hour holds 1.5, 2.5, 4.0, 3.0, 12.0 (outside the range: stored, flagged) and 9.0
        JsonNode hours = hoursBefore.path("samples");
        assertThat(hours.size()).isEqualTo(2);
        assertRollup(hours.get(0), hour, 1.5, 12.0, 32.0 / 6, 6);
        assertRollup(hours.get(1), hour.plusSeconds(3600), 7.25, 7.25, 7.25, 1);
        JsonNode minutes = minutesBefore.path("samples");
        assertThat(minutes.valueStream().map(m -> Instant.parse(m.path("ts").asString())))
                .containsExactly(hour, hour.plusSeconds(60), hour.plusSeconds(30 * 60), hour.plusSeconds(59 * 60),
                        hour.plusSeconds(3600));
        assertRollup(minutes.get(0), hour, 1.5, 4.0, 8.0 / 3, 3);
        assertRollup(minutes.get(1), hour.plusSeconds(60), 3.0, 3.0, 3.0, 1);

        // a late sample of a compacted hour: readable at once, then merged into a new version of the chunk
        send(gateway, List.of(sample(hour.plusSeconds(40), 0.5)));
        JsonNode withLate = series(safety, point, range + "&resolution=raw");
        assertThat(withLate.path("samples").valueStream().map(s -> s.path("value").asDouble()))
                .containsExactly(1.5, 2.5, 0.5, 4.0, 3.0, 12.0, 9.0, 7.25);
        assertRollup(series(safety, point, range + "&resolution=1m").path("samples").get(0), hour, 0.5, 4.0,
                8.5 / 4, 4);
        sealAndCompact();
        assertThat(series(safety, point, range + "&resolution=raw")).isEqualTo(withLate);
        assertRollup(series(safety, point, range + "&resolution=1h").path("samples").get(0), hour, 0.5, 12.0,
                32.5 / 7, 7);
        assertThat(jdbc.sql("select count(*) from telemetry_landing_segment where seq < (select max(seq) from "
                + "telemetry_landing_segment)").query(Integer.class).single()).as("sealed segments left").isZero();

        JsonNode limited = series(safety, point, range + "&resolution=1m&limit=2");
        assertThat(limited.path("samples").size()).isEqualTo(2);
        assertThat(limited.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void theSqlOfTheMigrationEncodesSamplesAndBucketsAsTheWriterDoes() {
        PropertyRunner.forAll(50, random -> {
            UUID point = new UUID(random.intBetween(0, Integer.MAX_VALUE - 1) * 31L,
                    random.intBetween(Integer.MIN_VALUE, Integer.MAX_VALUE - 1) * 65_537L);
            RawSample sample = new RawSample(point, Instant.ofEpochSecond(random.intBetween(0, 2_000_000_000),
                    random.intBetween(0, 999_999) * 1_000L), random.doubleBetween(-1e9, 1e9),
                    (short) random.intBetween(0, 1));
            byte[] written = LandingBlocks.copyRows(List.of(List.of(sample)));
            byte[] block = Arrays.copyOfRange(written, written.length - 2 - LandingBlocks.SAMPLE_BYTES,
                    written.length - 2);
            assertThat(jdbc.sql("select monitoring_landing_sample(:point, :ts, :value, :quality)")
                    .param("point", point).param("ts", Timestamp.from(sample.ts())).param("value", sample.value())
                    .param("quality", sample.quality()).query(byte[].class).single()).isEqualTo(block);
            assertThat(jdbc.sql("select monitoring_landing_bucket(:point)").param("point", point)
                    .query(Integer.class).single()).isEqualTo(LandingBlocks.bucket(point));
        });
    }

    @Test
    void theResolutionIsPickedByTheRangeAndBadParametersAre400Problems() {
        ApiClient safety = TestEnterprise.register(port).safetyManager(port);
        String point = created(safety.post("/api/v1/points", Map.of("tag", "LT-201", "name", "储罐液位",
                "indicatorType", "LEVEL")));
        Instant to = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(resolution(safety, point, to.minus(Duration.ofHours(6)), to)).isEqualTo("raw");
        assertThat(resolution(safety, point, to.minus(Duration.ofHours(6)).minusSeconds(1), to)).isEqualTo("1m");
        assertThat(resolution(safety, point, to.minus(Duration.ofDays(6)), to)).isEqualTo("1m");
        assertThat(resolution(safety, point, to.minus(Duration.ofDays(6)).minusSeconds(1), to)).isEqualTo("1h");

        String base = "/api/v1/points/" + point + "/series?";
        for (String bad : List.of("resolution=5m", "limit=0", "limit=100001", "from=yesterday", "to=2026-13-01")) {
            Response answer = safety.get(base + bad);
            assertThat(answer.status()).as(bad + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(safety.get(base + "limit=100000").status()).isEqualTo(200);
    }

    @Test
    void retentionDropsWholePartitionsPastTheirAge() {
        for (String day : List.of("2025-01-01", "2025-01-02", "2025-01-03")) {
            partitions.ensure(StoreTable.CHUNK, Instant.parse(day + "T05:00:00Z"));
        }
        partitions.ensure(StoreTable.ROLLUP, Instant.parse("2023-11-15T00:00:00Z"));
        partitions.ensure(StoreTable.ROLLUP, Instant.parse("2023-12-15T00:00:00Z"));
        // raw 30 days: cutoff 2025-01-03T00:00 drops the days ending by then; rollups 400 days: cutoff 2023-12-29
        Clock clock = Clock.fixed(Instant.parse("2025-02-02T00:00:00Z"), ZoneOffset.UTC);
        TelemetryRetention retention = new TelemetryRetention(partitions,
                new TelemetrySettings(Duration.ofDays(30), Duration.ofMinutes(5), 10_000, Duration.ofSeconds(30)),
                new TelemetryStoreSettings(Duration.ofHours(1), Duration.ZERO, Duration.ofDays(400)), clock);

        List<String> dropped = retention.run();

        assertThat(dropped).contains("telemetry_chunk_20250101", "telemetry_chunk_20250102",
                "telemetry_rollup_20231101").doesNotContain("telemetry_chunk_20250103", "telemetry_rollup_20231201");
        for (String table : List.of("telemetry_chunk_20250101", "telemetry_rollup_20231101")) {
            assertThat(exists(table)).as(table).isFalse();
        }
        for (String table : List.of("telemetry_chunk_20250103", "telemetry_rollup_20231201")) {
            assertThat(exists(table)).as(table).isTrue();
        }
        assertThat(retention.run()).doesNotContain("telemetry_chunk_20250103");
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(:name) is not null").param("name", table).query(Boolean.class).single();
    }

    private void sealAndCompact() throws Exception {
        writer.seal().get();
        compactor.compactSealed();
    }

    private static String resolution(ApiClient client, String point, Instant from, Instant to) {
        return series(client, point, "?from=" + from + "&to=" + to).path("resolution").asString();
    }

    private static JsonNode series(ApiClient client, String point, String query) {
        Response answer = client.get("/api/v1/points/" + point + "/series" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void assertRollup(JsonNode bucket, Instant start, double min, double max, double avg, int count) {
        assertThat(Instant.parse(bucket.path("ts").asString())).isEqualTo(start);
        assertThat(bucket.path("min").asDouble()).isEqualTo(min);
        assertThat(bucket.path("max").asDouble()).isEqualTo(max);
        assertThat(bucket.path("avg").asDouble()).isCloseTo(avg, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bucket.path("count").asInt()).isEqualTo(count);
    }

    private static void send(ApiClient gateway, List<Map<String, Object>> samples) {
        Response answer = gateway.post("/api/v1/telemetry", Map.of("gateway", "GW-S", "samples", samples));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(samples.size());
    }

    private static Map<String, Object> sample(Instant ts, double value) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("tag", "PT-201");
        sample.put("ts", ts.toString());
        sample.put("value", value);
        return sample;
    }

    private static String token(ApiClient administrator) {
        Response token = administrator.post("/api/v1/api-tokens", Map.of("name", "网关存储", "purpose", "TELEMETRY"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asString();
    }
}
