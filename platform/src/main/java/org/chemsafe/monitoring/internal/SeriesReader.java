package org.chemsafe.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a point's series from the store: the chunks and rollups of the compacted hours together with the samples
 * still in the landing segments (the blocks of the point's bucket, {@link LandingBlocks}), each in one statement (one snapshot: a compaction commits its chunks and the drop of
 * its segment together, so every sample is read exactly once).
 */
@Component
class SeriesReader {

    /**
     * A row of one of the sources of a read: a landing block ({@code landing}, its samples in {@code data}), or a
     * stored chunk or rollup of the period starting at {@code ts}.
     */
    private record Row(boolean landing, Instant ts, byte @Nullable [] data, int count, double min, double max,
            double avg) {
    }

    /** The landing blocks of the point's bucket that may hold samples in [:from, :to), as rows of a read. */
    private static final String LANDING = """
            select true as landing, first_ts as ts, samples as data, sample_count as count, 0.0::float8 as min,
                0.0::float8 as max, 0.0::float8 as avg
            from telemetry_landing where bucket = :bucket and last_ts >= :from and first_ts < :to
            """;

    private final JdbcClient jdbc;

    SeriesReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The point's samples in [from, to), oldest first: at most {@code limit + 1}, so the caller sees truncation. */
    List<RawSample> raw(UUID pointId, Instant from, Instant to, int limit) {
        List<Row> rows = jdbc.sql(LANDING + """
                union all
                select false, period_start, data, sample_count, 0, 0, 0 from telemetry_chunk
                where point_id = :id and period_start >= :fromPeriod and period_start < :to
                  and last_ts >= :from and first_ts < :to""")
                .param("id", pointId).param("bucket", LandingBlocks.bucket(pointId))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("fromPeriod", Timestamp.from(from.truncatedTo(ChronoUnit.HOURS))).query(SeriesReader::row)
                .list();
        List<RawSample> landing = new ArrayList<>();
        List<Row> chunks = new ArrayList<>();
        for (Row row : rows) {
            if (row.landing()) {
                landing.addAll(LandingBlocks.of(row.data(), pointId, from, to));
            } else {
                chunks.add(row);
            }
        }
        landing.sort(Comparator.comparing(RawSample::ts));
        chunks.sort(Comparator.comparing(Row::ts));
        List<RawSample> samples = new ArrayList<>();
        for (Row chunk : chunks) {
            if (samples.size() + before(landing, chunk.ts()) > limit) {
                break; // every later chunk holds only samples after those already enough
            }
            for (RawSample sample : ChunkCodec.decode(pointId, chunk.data())) {
                if (!sample.ts().isBefore(from) && sample.ts().isBefore(to)) {
                    samples.add(sample);
                }
            }
        }
        samples.addAll(landing);
        samples.sort(Comparator.comparing(RawSample::ts));
        return samples.size() > limit + 1 ? samples.subList(0, limit + 1) : samples;
    }

    /**
     * The point's rollup buckets (minutes or hours) whose start lies in [from, to) once both are widened to whole
     * buckets, oldest first, at most {@code limit + 1}.
     */
    List<Bucket> rollups(UUID pointId, Instant from, Instant to, ChronoUnit unit, int limit) {
        Instant start = from.truncatedTo(unit);
        Instant end = to.truncatedTo(unit).equals(to) ? to : to.truncatedTo(unit).plus(1, unit);
        List<Row> rows = jdbc.sql(LANDING + """
                union all
                select false, period_start, case when :minutes then minutes end, sample_count, min_value, max_value,
                    avg_value
                from telemetry_rollup where point_id = :id and period_start >= :fromPeriod and period_start < :to""")
                .param("id", pointId).param("bucket", LandingBlocks.bucket(pointId))
                .param("from", Timestamp.from(start)).param("to", Timestamp.from(end))
                .param("fromPeriod", Timestamp.from(start.truncatedTo(ChronoUnit.HOURS)))
                .param("minutes", unit == ChronoUnit.MINUTES).query(SeriesReader::row).list();
        Map<Instant, Bucket> buckets = new TreeMap<>();
        List<RawSample> landing = new ArrayList<>();
        for (Row row : rows) {
            if (row.landing()) {
                landing.addAll(LandingBlocks.of(row.data(), pointId, start, end));
            } else if (row.data() != null) {
                RollupCodec.decode(row.data()).forEach(minute -> add(buckets, minute, start, end));
            } else {
                add(buckets, new Bucket(row.ts(), row.count(), row.min(), row.max(), row.avg()), start, end);
            }
        }
        landing.sort(Comparator.comparing(RawSample::ts));
        Bucket.of(landing, unit).forEach(bucket -> add(buckets, bucket, start, end));
        return buckets.values().stream().limit(limit + 1L).toList();
    }

    private static void add(Map<Instant, Bucket> buckets, Bucket bucket, Instant start, Instant end) {
        if (!bucket.start().isBefore(start) && bucket.start().isBefore(end)) {
            buckets.merge(bucket.start(), bucket, Bucket::merge);
        }
    }

    private static int before(List<RawSample> sorted, Instant time) {
        int count = 0;
        while (count < sorted.size() && sorted.get(count).ts().isBefore(time)) {
            count++;
        }
        return count;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getBoolean("landing"), rs.getObject("ts", OffsetDateTime.class).toInstant(),
                rs.getBytes("data"), rs.getInt("count"), rs.getDouble("min"),
                rs.getDouble("max"), rs.getDouble("avg"));
    }
}
