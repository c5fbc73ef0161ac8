package org.chemsafe.monitoring.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The store's benchmark (bench/telemetry-store.sh; not part of the suite: only run by name). Writes
 * {@code bench.points} points × {@code bench.samples} samples (10 s apart, ±20 ms jitter, simulated signals at their
 * instrument's resolution) through {@link RawWriter} in requests of 5,000 samples with up to 64 in flight, and
 * measures accepted samples/s until every request is durable; seals and compacts, and measures the encoded and
 * on-disk bytes per sample of the chunks (and of the rollups); then writes the first {@code bench.jdbcSamples} of
 * the same samples as one row per sample with plain JDBC batch inserts into an indexed table, for the ratio.
 */
@PlatformTest
class TelemetryStoreBench {

    private static final int POINTS = Integer.getInteger("bench.points", 100_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 120);
    private static final int JDBC_SAMPLES = Integer.getInteger("bench.jdbcSamples", 2_000_000);
    private static final int REQUEST = 5_000;
    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);

    @Autowired
    RawWriter writer;

    @Autowired
    Compactor compactor;

    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        UUID[] points = new UUID[POINTS];
        SplittableRandom ids = new SplittableRandom(7);
        for (int p = 0; p < POINTS; p++) {
            points[p] = new UUID(ids.nextLong(), p); // random high bits, as a point's random id has them
        }
        long total = (long) POINTS * SAMPLES;
        report.add(String.format("points %,d, samples per point %d (10 s apart), samples %,d", POINTS, SAMPLES, total));

        Semaphore inFlight = new Semaphore(64);
        long start = System.nanoTime();
        List<RawSample> request = new ArrayList<>(REQUEST);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (int step = 0; step < SAMPLES; step++) {
            for (int p = 0; p < POINTS; p++) {
                request.add(sample(points[p], p, step));
                if (request.size() == REQUEST) {
                    inFlight.acquire();
                    pending.add(writer.write(request).whenComplete((done, failed) -> inFlight.release()));
                    request = new ArrayList<>(REQUEST);
                }
            }
        }
        pending.add(writer.write(request));
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get();
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        double storeRate = total / ingestSeconds;
        report.add(String.format("RawWriter (COPY into the landing segment, durable): %.1f s, %,.0f samples/s",
                ingestSeconds, storeRate));

        writer.seal().get();
        start = System.nanoTime();
        long compacted = compactor.compactSealed();
        double compactSeconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format("compaction: %,d samples in %.1f s, %,.0f samples/s", compacted, compactSeconds,
                compacted / compactSeconds));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum telemetry_chunk");
            try (ResultSet sizes = statement.executeQuery("""
                    select sum(sample_count), sum(octet_length(data)),
                        (select sum(pg_total_relation_size(name::regclass)) from telemetry_store_partition
                         where parent = 'telemetry_chunk'),
                        (select sum(pg_total_relation_size(name::regclass)) from telemetry_store_partition
                         where parent = 'telemetry_rollup')
                    from telemetry_chunk""")) {
                sizes.next();
                long stored = sizes.getLong(1);
                report.add(String.format("chunks: %,d samples, encoded %.2f B/sample, on disk (rows, index, TOAST) "
                        + "%.2f B/sample; rollups on disk %.2f B/sample", stored, sizes.getLong(2) / (double) stored,
                        sizes.getLong(3) / (double) stored, sizes.getLong(4) / (double) stored));
            }
        }

        double jdbcRate = jdbcBatchInserts(points, report);
        report.add(String.format("ratio store / one row per sample with JDBC batch inserts: %.1f", storeRate / jdbcRate));
        report.forEach(System.out::println);
        Files.write(Path.of("target/bench-telemetry-store.txt"), report);
    }

    private double jdbcBatchInserts(UUID[] points, List<String> report) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create temporary table bench_sample (point_id uuid not null, ts timestamptz not null,
                            value double precision not null, quality smallint not null)""");
                statement.execute("create index on bench_sample (point_id, ts)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            int written = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_sample (point_id, ts, value, quality) values (?, ?, ?, ?)")) {
                for (int step = 0; step < SAMPLES && written < JDBC_SAMPLES; step++) {
                    for (int p = 0; p < points.length && written < JDBC_SAMPLES; p++) {
                        RawSample sample = sample(points[p], p, step);
                        insert.setObject(1, sample.pointId());
                        insert.setTimestamp(2, Timestamp.from(sample.ts()));
                        insert.setDouble(3, sample.value());
                        insert.setShort(4, sample.quality());
                        insert.addBatch();
                        if (++written % REQUEST == 0) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement statement = connection.createStatement();
                    ResultSet size = statement.executeQuery("select pg_total_relation_size('bench_sample')")) {
                size.next();
                report.add(String.format("JDBC batch inserts (%,d per commit, indexed table): %,d samples in %.1f s, "
                        + "%,.0f samples/s, %.1f B/sample on disk", REQUEST, written, seconds, written / seconds,
                        size.getLong(1) / (double) written));
            }
            connection.setAutoCommit(true);
            return written / seconds;
        }
    }

    /** The step-th sample of point p: its kind of signal by p, deterministic, at the instrument's resolution. */
    private static RawSample sample(UUID point, int p, int step) {
        SplittableRandom random = new SplittableRandom(p * 1_000_003L + step);
        Instant ts = HOUR.plusSeconds(10L * step).plusMillis(random.nextInt(-20, 21));
        double value = switch (p % 5) {
            case 0 -> round(4 + (p % 97) * 0.1 + 0.004 * step + random.nextGaussian() * 0.002, 3); // level filling
            case 1 -> round(1.6 + random.nextGaussian() * 0.004, 3); // pressure
            case 2 -> round(25 + 8 * Math.sin(2 * Math.PI * step / 8640.0) + random.nextGaussian() * 0.05, 1);
            case 3 -> random.nextInt(10) == 0 ? 0.1 : 0.0; // gas near zero
            default -> 20.9; // oxygen, steady
        };
        return new RawSample(point, ts, value, PointRef.GOOD);
    }

    private static double round(double value, int decimals) {
        double power = Math.pow(10, decimals);
        return Math.round(value * power) / power;
    }
}
