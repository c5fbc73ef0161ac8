package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.support.PropertyRunner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The landing blocks byte by byte and as a round trip over random commits (their round trip through PostgreSQL and
 * the migration's SQL encoding are in TelemetryStoreTests).
 */
class LandingBlocksTests {

    /** 2000-01-01T00:00:00Z in microseconds since the Unix epoch. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private record CopyRow(int bucket, long firstMicros, long lastMicros, int count, byte[] samples) {
    }

    @Test
    void timesAreMicrosecondsSinceTheUnixEpochCutToTheMicrosecond() {
        assertThat(LandingBlocks.micros(Instant.EPOCH)).isZero();
        assertThat(LandingBlocks.micros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1);
        assertThat(LandingBlocks.micros(Instant.parse("1970-01-01T00:00:01.000001999Z"))).isEqualTo(1_000_001);
    }

    @Test
    void theBucketIsThePointIdsHighTwelveBits() {
        assertThat(LandingBlocks.bucket(UUID.fromString("ef012345-6789-4abc-8def-0123456789ab"))).isEqualTo(0xef0);
        assertThat(LandingBlocks.bucket(new UUID(-1, -1))).isEqualTo(4095);
        assertThat(LandingBlocks.bucket(new UUID(0, -1))).isZero();
    }

    @Test
    void aBlockIsOneCopyRowOfItsBucketWithItsTimesCountAndSamples() {
        UUID point = new UUID(0x0102030405060708L, 0x090a0b0c0d0e0f10L);
        byte[] copy = LandingBlocks.copyRows(List.of(List.of(
                new RawSample(point, Instant.parse("2000-01-01T00:00:02Z"), 3.42, PointRef.OUT_OF_RANGE),
                new RawSample(point, Instant.parse("2000-01-01T00:00:01Z"), 1.5, (short) 0)), List.of()));
        ByteBuffer in = ByteBuffer.wrap(copy);
        byte[] signature = new byte[11];
        in.get(signature);
        assertThat(new String(signature, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("PGCOPY");
        assertThat(in.getInt()).as("flags").isZero();
        assertThat(in.getInt()).as("header extension").isZero();
        CopyRow row = row(in);
        assertThat(row.bucket()).isEqualTo(0x010);
        assertThat(row.firstMicros()).isEqualTo(1_000_000L);
        assertThat(row.lastMicros()).isEqualTo(2_000_000L);
        assertThat(row.count()).isEqualTo(2);
        ByteBuffer sample = ByteBuffer.wrap(row.samples());
        assertThat(new UUID(sample.getLong(), sample.getLong())).isEqualTo(point);
        assertThat(sample.getLong()).isEqualTo(POSTGRES_EPOCH_MICROS + 2_000_000L);
        assertThat(sample.getDouble()).isEqualTo(3.42);
        assertThat(sample.getShort()).isEqualTo(PointRef.OUT_OF_RANGE);
        assertThat(sample.remaining()).isEqualTo(LandingBlocks.SAMPLE_BYTES);
        assertThat(in.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(in.remaining()).isZero();
    }

    @Test
    void everySampleOfACommitIsInItsBucketsBlockAndReadBackAsWritten() {
        PropertyRunner.forAll(300, random -> {
            List<UUID> points = random.listOf(1, 40, () -> new UUID(
                    ((long) random.oneOf(List.of(0, 1, 4095, random.intBetween(0, 65_535))) << 48)
                            | random.intBetween(0, Integer.MAX_VALUE - 1), random.intBetween(0, 1 << 30)));
            long base = LandingBlocks.micros(Instant.parse("2026-12-04T08:00:00Z"));
            List<List<RawSample>> commit = random.listOf(0, 5, () -> random.listOf(0, 60, () -> new RawSample(
                    random.oneOf(points), instant(base + random.intBetween(-3_600_000, 3_600_000) * 1_000L
                            + random.intBetween(0, 999)),
                    random.doubleBetween(-1e6, 1e6), (short) random.intBetween(0, 1))));
            List<RawSample> written = commit.stream().flatMap(List::stream).toList();

            ByteBuffer in = ByteBuffer.wrap(LandingBlocks.copyRows(commit));
            in.position(19);
            List<RawSample> read = new ArrayList<>();
            List<Integer> buckets = new ArrayList<>();
            for (CopyRow next = row(in); next != null; next = row(in)) {
                CopyRow row = next;
                List<RawSample> block = new ArrayList<>();
                LandingBlocks.forEach(row.samples(), block::add);
                assertThat(block).hasSize(row.count()).allMatch(s -> LandingBlocks.bucket(s.pointId()) == row.bucket());
                assertThat(block.stream().mapToLong(s -> LandingBlocks.micros(s.ts())).min().orElseThrow())
                        .isEqualTo(row.firstMicros() + POSTGRES_EPOCH_MICROS);
                assertThat(block.stream().mapToLong(s -> LandingBlocks.micros(s.ts())).max().orElseThrow())
                        .isEqualTo(row.lastMicros() + POSTGRES_EPOCH_MICROS);
                buckets.add(row.bucket());
                read.addAll(block);
                UUID point = random.oneOf(points);
                Instant from = instant(base - random.intBetween(0, 3_600_000) * 1_000L);
                Instant to = instant(base + random.intBetween(0, 3_600_000) * 1_000L);
                assertThat(LandingBlocks.of(row.samples(), point, from, to)).isEqualTo(block.stream()
                        .filter(s -> s.pointId().equals(point) && !s.ts().isBefore(from) && s.ts().isBefore(to))
                        .toList());
            }
            assertThat(buckets).as("one block per bucket, in bucket order").isSorted().doesNotHaveDuplicates();
            assertThat(count(read)).isEqualTo(count(written));
        });
    }

    private static @Nullable CopyRow row(ByteBuffer in) {
        short fields = in.getShort();
        if (fields == -1) {
            return null;
        }
        assertThat(fields).isEqualTo((short) 5);
        assertThat(in.getInt()).isEqualTo(2);
        int bucket = in.getShort();
        assertThat(in.getInt()).isEqualTo(8);
        long first = in.getLong();
        assertThat(in.getInt()).isEqualTo(8);
        long last = in.getLong();
        assertThat(in.getInt()).isEqualTo(4);
        int count = in.getInt();
        byte[] samples = new byte[in.getInt()];
        in.get(samples);
        assertThat(samples.length).isEqualTo(count * LandingBlocks.SAMPLE_BYTES);
        return new CopyRow(bucket, first, last, count, samples);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static Map<RawSample, Integer> count(List<RawSample> samples) {
        Map<RawSample, Integer> counts = new HashMap<>();
        samples.forEach(sample -> counts.merge(sample, 1, Integer::sum));
        return counts;
    }
}
