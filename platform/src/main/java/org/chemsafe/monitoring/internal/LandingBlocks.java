package org.chemsafe.monitoring.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The landing segments' blocks (V1_8_90): a commit's samples of one bucket of points, 34 bytes a sample (the point id's
 * 16 bytes, microseconds since the Unix epoch, the value's IEEE 754 bits, the quality; big-endian). A commit becomes
 * one row per bucket instead of one per sample, so PostgreSQL's cost of a commit grows with its bytes, not with an
 * index insertion per sample. The rows go to PostgreSQL in the binary COPY format (the COPY command's "Binary Format":
 * a signature, flags and header extension, then per row its field count and each field as a length and the value in
 * network byte order, then a trailer): {@code bucket smallint, first_ts timestamptz, last_ts timestamptz,
 * sample_count integer, samples bytea}.
 */
final class LandingBlocks {

    /** Points are spread over this many buckets by the high bits of their id (monitoring_landing_bucket in SQL). */
    static final int BUCKETS = 4096;
    static final int SAMPLE_BYTES = 16 + 8 + 8 + 2;
    private static final int ROW_OVERHEAD = 2 + (4 + 2) + (4 + 8) + (4 + 8) + (4 + 4) + 4;
    /** "PGCOPY\n\377\r\n\0", flags 0, no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
        0, 0, 0, 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in microseconds since the Unix epoch. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private LandingBlocks() {
    }

    /**
     * The point's bucket: the high 12 bits of its id (random in a version 4 UUID), so that buckets in ascending order
     * hold the points in PostgreSQL's order of {@code uuid}s, which the compaction keeps when it writes chunks.
     */
    static int bucket(UUID point) {
        return (int) (point.getMostSignificantBits() >>> 52);
    }

    /** The blocks of the samples of every list as COPY rows, one per bucket, with the header and the trailer. */
    static byte[] copyRows(List<List<RawSample>> batches) {
        int[] counts = new int[BUCKETS];
        int total = 0;
        for (List<RawSample> samples : batches) {
            for (RawSample sample : samples) {
                counts[bucket(sample.pointId())]++;
                total++;
            }
        }
        RawSample[][] byBucket = new RawSample[BUCKETS][];
        int rows = 0;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            if (counts[bucket] > 0) {
                byBucket[bucket] = new RawSample[counts[bucket]];
                counts[bucket] = 0;
                rows++;
            }
        }
        for (List<RawSample> samples : batches) {
            for (RawSample sample : samples) {
                int bucket = bucket(sample.pointId());
                byBucket[bucket][counts[bucket]++] = sample;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER.length + rows * ROW_OVERHEAD + total * SAMPLE_BYTES + 2);
        out.put(HEADER);
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            if (byBucket[bucket] != null) {
                row(out, bucket, byBucket[bucket]);
            }
        }
        out.putShort((short) -1);
        return out.array();
    }

    private static void row(ByteBuffer out, int bucket, RawSample[] samples) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (RawSample sample : samples) {
            long micros = micros(sample.ts());
            first = Math.min(first, micros);
            last = Math.max(last, micros);
        }
        out.putShort((short) 5);
        out.putInt(2).putShort((short) bucket);
        out.putInt(8).putLong(first - POSTGRES_EPOCH_MICROS);
        out.putInt(8).putLong(last - POSTGRES_EPOCH_MICROS);
        out.putInt(4).putInt(samples.length);
        out.putInt(samples.length * SAMPLE_BYTES);
        for (RawSample sample : samples) {
            UUID point = sample.pointId();
            out.putLong(point.getMostSignificantBits()).putLong(point.getLeastSignificantBits());
            out.putLong(micros(sample.ts()));
            out.putDouble(sample.value());
            out.putShort(sample.quality());
        }
    }

    /** Every sample of a block, in the order written. */
    static void forEach(byte[] block, Consumer<RawSample> action) {
        ByteBuffer in = ByteBuffer.wrap(block);
        while (in.remaining() >= SAMPLE_BYTES) {
            UUID point = new UUID(in.getLong(), in.getLong());
            action.accept(new RawSample(point, instant(in.getLong()), in.getDouble(), in.getShort()));
        }
    }

    /** The point's samples of a block with a time in [from, to), in the order written. */
    static List<RawSample> of(byte[] block, UUID point, Instant from, Instant to) {
        long most = point.getMostSignificantBits();
        long least = point.getLeastSignificantBits();
        long start = micros(from);
        long end = micros(to);
        List<RawSample> samples = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(block);
        for (int at = 0; at + SAMPLE_BYTES <= block.length; at += SAMPLE_BYTES) {
            long micros = in.getLong(at + 16);
            if (in.getLong(at) == most && in.getLong(at + 8) == least && micros >= start && micros < end) {
                samples.add(new RawSample(point, instant(micros), in.getDouble(at + 24), in.getShort(at + 32)));
            }
        }
        return samples;
    }

    /** Microseconds since the Unix epoch; a finer time is cut to the microsecond, as PostgreSQL keeps it. */
    static long micros(Instant ts) {
        return Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1_000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
