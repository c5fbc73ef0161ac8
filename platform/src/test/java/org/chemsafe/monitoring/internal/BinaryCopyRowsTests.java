package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The binary COPY rows byte by byte (their round trip through PostgreSQL is in TelemetryStoreTests). */
class BinaryCopyRowsTests {

    @Test
    void timesAreMicrosecondsSincePostgresEpochCutToTheMicrosecond() {
        assertThat(BinaryCopyRows.micros(Instant.parse("2000-01-01T00:00:00Z"))).isZero();
        assertThat(BinaryCopyRows.micros(Instant.parse("1999-12-31T23:59:59.999999Z"))).isEqualTo(-1);
        assertThat(BinaryCopyRows.micros(Instant.parse("2000-01-01T00:00:01.000001999Z"))).isEqualTo(1_000_001);
    }

    @Test
    void aRowIsItsFieldCountThenEachFieldsLengthAndValue() {
        UUID point = new UUID(0x0102030405060708L, 0x090a0b0c0d0e0f10L);
        byte[] rows = BinaryCopyRows.of(List.of(List.of(new RawSample(point, Instant.parse("2000-01-01T00:00:02Z"),
                3.42, PointRef.OUT_OF_RANGE)), List.of()));
        ByteBuffer in = ByteBuffer.wrap(rows);
        byte[] signature = new byte[11];
        in.get(signature);
        assertThat(new String(signature, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("PGCOPY");
        assertThat(in.getInt()).as("flags").isZero();
        assertThat(in.getInt()).as("header extension").isZero();
        assertThat(in.getShort()).isEqualTo((short) 4);
        assertThat(in.getInt()).isEqualTo(16);
        assertThat(new UUID(in.getLong(), in.getLong())).isEqualTo(point);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).isEqualTo(2_000_000L);
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getDouble()).isEqualTo(3.42);
        assertThat(in.getInt()).isEqualTo(2);
        assertThat(in.getShort()).isEqualTo(PointRef.OUT_OF_RANGE);
        assertThat(in.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(in.remaining()).isZero();
    }
}
