package org.chemsafe.monitoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compacts each sealed landing segment (every one but the newest, see {@link RawWriter}) in one transaction: its
 * samples, read block by block in bucket order ({@link LandingBlocks}) and grouped by point and hour, become one chunk per point and hour ({@link ChunkCodec}) and that hour's
 * rollups (the hour's count, min, max, average and its minute buckets, {@link RollupCodec}); then the segment is
 * dropped. Samples of an hour that already has a chunk (late ones, or those of an hour split across two segments)
 * are merged with it into a new version of the chunk, and the hour's rollups are computed again from the merged
 * samples. Since chunks, rollups and the segment's drop commit together, a read sees each sample exactly once.
 */
@Component
class Compactor {

    /**
     * Samples held in memory before their groups are written, at the end of a bucket (each point's samples are in one
     * bucket, so its group is written whole), or within a bucket at four times as many (its points' later samples are
     * then merged into the chunks already written, as late samples are).
     */
    private static final int FLUSH_SAMPLES = 200_000;

    private record Key(UUID pointId, Instant period) {
    }

    /**
     * PostgreSQL's order of the chunks' and rollups' primary key: {@code uuid}s compare as unsigned bytes. Written in
     * this order (the buckets are read in it, see {@link LandingBlocks#bucket}), the keys go in at the indexes' right
     * edge and the pages stay full.
     */
    private static final Comparator<Key> IN_INDEX_ORDER = Comparator
            .<Key, Long>comparing(key -> key.pointId().getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(key -> key.pointId().getLeastSignificantBits(), Long::compareUnsigned)
            .thenComparing(Key::period);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final StorePartitions partitions;

    Compactor(DataSource dataSource, JdbcClient jdbc, StorePartitions partitions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.partitions = partitions;
    }

    /** Compacts every sealed segment, oldest first; answers how many samples were compacted. */
    synchronized long compactSealed() throws SQLException {
        List<Long> sealed = jdbc.sql("""
                select seq from telemetry_landing_segment where seq < (select max(seq) from telemetry_landing_segment)
                order by seq""").query(Long.class).list();
        long samples = 0;
        for (long segment : sealed) {
            samples += compact(segment);
        }
        return samples;
    }

    private long compact(long segment) throws SQLException {
        ensurePartitions(segment);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long samples = compact(connection, segment);
                try (PreparedStatement drop = connection.prepareStatement(
                        "select 1 from monitoring_drop_raw_segment(?)")) {
                    drop.setLong(1, segment);
                    drop.executeQuery().close();
                }
                connection.commit();
                return samples;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Creates the chunk and rollup partitions the segment's samples need before the compaction's transaction, which
     * holds locks on both tables that creating a partition would wait for.
     */
    private void ensurePartitions(long segment) {
        jdbc.sql("select min(first_ts) as first, max(last_ts) as last from telemetry_landing_" + segment).query((rows, n) -> {
            Timestamp first = rows.getTimestamp("first");
            if (first != null) {
                Instant last = rows.getTimestamp("last").toInstant();
                for (Instant day = first.toInstant().truncatedTo(ChronoUnit.DAYS); !day.isAfter(last);
                        day = day.plus(1, ChronoUnit.DAYS)) {
                    partitions.ensure(StoreTable.CHUNK, day);
                    partitions.ensure(StoreTable.ROLLUP, day);
                }
            }
            return first;
        }).list();
    }

    private long compact(Connection connection, long segment) throws SQLException {
        Map<Key, List<RawSample>> groups = new LinkedHashMap<>();
        long[] total = {0};
        int held = 0;
        try (PreparedStatement read = connection.prepareStatement(
                "select bucket, samples from telemetry_landing_" + segment + " order by bucket")) {
            read.setFetchSize(1_000);
            try (ResultSet rows = read.executeQuery()) {
                int previous = -1;
                while (rows.next()) {
                    int bucket = rows.getInt(1);
                    if (held >= FLUSH_SAMPLES && bucket != previous || held >= 4 * FLUSH_SAMPLES) {
                        write(connection, groups);
                        groups.clear();
                        held = 0;
                    }
                    byte[] block = rows.getBytes(2);
                    LandingBlocks.forEach(block, sample -> {
                        groups.computeIfAbsent(new Key(sample.pointId(), sample.ts().truncatedTo(ChronoUnit.HOURS)),
                                key -> new ArrayList<>()).add(sample);
                        total[0]++;
                    });
                    held += block.length / LandingBlocks.SAMPLE_BYTES;
                    previous = bucket;
                }
            }
        }
        write(connection, groups);
        return total[0];
    }

    private void write(Connection connection, Map<Key, List<RawSample>> groups) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        Map<Key, byte[]> existing = existingChunks(connection, groups.keySet());
        try (PreparedStatement chunks = connection.prepareStatement("""
                insert into telemetry_chunk (point_id, period_start, sample_count, first_ts, last_ts, data)
                values (?, ?, ?, ?, ?, ?)
                on conflict (point_id, period_start) do update set sample_count = excluded.sample_count,
                    first_ts = excluded.first_ts, last_ts = excluded.last_ts, data = excluded.data""");
                PreparedStatement rollups = connection.prepareStatement("""
                        insert into telemetry_rollup (point_id, period_start, sample_count, min_value, max_value,
                            avg_value, minutes)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (point_id, period_start) do update set sample_count = excluded.sample_count,
                            min_value = excluded.min_value, max_value = excluded.max_value,
                            avg_value = excluded.avg_value, minutes = excluded.minutes""")) {
            List<Map.Entry<Key, List<RawSample>>> inIndexOrder = new ArrayList<>(groups.entrySet());
            inIndexOrder.sort(Map.Entry.comparingByKey(IN_INDEX_ORDER));
            for (Map.Entry<Key, List<RawSample>> group : inIndexOrder) {
                Key key = group.getKey();
                List<RawSample> samples = new ArrayList<>();
                byte[] stored = existing.get(key);
                if (stored != null) {
                    samples.addAll(ChunkCodec.decode(key.pointId(), stored));
                }
                samples.addAll(group.getValue());
                samples.sort(Comparator.comparing(RawSample::ts));
                Timestamp period = Timestamp.from(key.period());
                chunks.setObject(1, key.pointId());
                chunks.setTimestamp(2, period);
                chunks.setInt(3, samples.size());
                chunks.setTimestamp(4, Timestamp.from(samples.get(0).ts()));
                chunks.setTimestamp(5, Timestamp.from(samples.get(samples.size() - 1).ts()));
                chunks.setBytes(6, ChunkCodec.encode(samples));
                chunks.addBatch();
                Bucket hour = Bucket.of(samples, ChronoUnit.HOURS).get(0);
                rollups.setObject(1, key.pointId());
                rollups.setTimestamp(2, period);
                rollups.setInt(3, hour.count());
                rollups.setDouble(4, hour.min());
                rollups.setDouble(5, hour.max());
                rollups.setDouble(6, hour.avg());
                rollups.setBytes(7, RollupCodec.encode(Bucket.of(samples, ChronoUnit.MINUTES)));
                rollups.addBatch();
            }
            chunks.executeBatch();
            rollups.executeBatch();
        }
    }

    private static Map<Key, byte[]> existingChunks(Connection connection, Iterable<Key> keys) throws SQLException {
        List<UUID> points = new ArrayList<>();
        List<Timestamp> periods = new ArrayList<>();
        keys.forEach(key -> {
            points.add(key.pointId());
            periods.add(Timestamp.from(key.period()));
        });
        Map<Key, byte[]> existing = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement("""
                select c.point_id, c.period_start, c.data from telemetry_chunk c
                join unnest(?, ?) as k (point_id, period_start)
                  on c.point_id = k.point_id and c.period_start = k.period_start""")) {
            read.setArray(1, connection.createArrayOf("uuid", points.toArray()));
            read.setArray(2, connection.createArrayOf("timestamptz", periods.toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    existing.put(new Key(rows.getObject(1, UUID.class),
                            rows.getObject(2, OffsetDateTime.class).toInstant()), rows.getBytes(3));
                }
            }
        }
        return existing;
    }
}
