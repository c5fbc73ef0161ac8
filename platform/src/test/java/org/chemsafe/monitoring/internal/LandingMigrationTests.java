package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.chemsafe.support.SharedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V1_8_90 on a database that holds samples in the landing segment of the row-per-sample layout: they move into blocks
 * of the same segment, each in its point's bucket and with the bytes {@link LandingBlocks} reads.
 */
class LandingMigrationTests {

    @Test
    void samplesNotCompactedYetMoveIntoBlocks() {
        DataSource dataSource = SharedPostgres.dataSource(SharedPostgres.emptyDatabase());
        migrate(dataSource, "1.8.81");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID[] points = {UUID.randomUUID(), UUID.randomUUID(), new UUID(LandingBlocks.BUCKETS, 1)};
        Instant start = Instant.parse("2026-12-04T08:00:00.123456Z");
        List<RawSample> written = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            written.add(new RawSample(points[i % 3], start.plusMillis(i * 1_001L), i * 0.5 - 3, (short) (i % 7 == 0
                    ? 1 : 0)));
        }
        for (RawSample sample : written) {
            jdbc.sql("insert into telemetry_raw_1 (point_id, ts, value, quality) values (?, ?, ?, ?)")
                    .params(sample.pointId(), Timestamp.from(sample.ts()), sample.value(), sample.quality()).update();
        }

        migrate(dataSource, "latest");

        List<RawSample> moved = new ArrayList<>();
        jdbc.sql("select bucket, first_ts, last_ts, sample_count, samples from telemetry_landing_1").query(rows -> {
            byte[] block = rows.getBytes("samples");
            int bucket = rows.getInt("bucket");
            List<RawSample> samples = new ArrayList<>();
            LandingBlocks.forEach(block, samples::add);
            assertThat(samples).hasSize(rows.getInt("sample_count"))
                    .allMatch(sample -> LandingBlocks.bucket(sample.pointId()) == bucket);
            assertThat(samples.get(0).ts()).isEqualTo(rows.getTimestamp("first_ts").toInstant());
            assertThat(samples.get(samples.size() - 1).ts()).isEqualTo(rows.getTimestamp("last_ts").toInstant());
            moved.addAll(samples);
        });
        assertThat(moved).containsExactlyInAnyOrderElementsOf(written);
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename like 'telemetry_raw%'").query(Long.class)
                .single()).isZero();
    }

    private static void migrate(DataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).outOfOrder(true).target(target).load().migrate();
    }
}
