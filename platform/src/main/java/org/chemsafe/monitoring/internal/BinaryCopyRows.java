package org.chemsafe.monitoring.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A commit's samples as the rows of a landing segment in PostgreSQL's binary COPY format (the COPY command's "Binary
 * Format": a signature, flags and header extension, then per row its field count and each field as a length and the
 * value in network byte order, then a trailer), so the writer formats no text per sample: a {@code uuid} is its 16
 * bytes, a {@code timestamptz} microseconds since 2000-01-01 UTC, a {@code double precision} its IEEE 754 bits and a
 * {@code smallint} two bytes. 52 bytes a row.
 */
final class BinaryCopyRows {

    /** "PGCOPY\n\377\r\n\0", flags 0, no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
        0, 0, 0, 0};
    private static final int ROW_BYTES = 2 + (4 + 16) + (4 + 8) + (4 + 8) + (4 + 2);
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in microseconds since the Unix epoch. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private BinaryCopyRows() {
    }

    /** The rows of the samples of every list, in order, with the header and the trailer. */
    static byte[] of(List<List<RawSample>> batches) {
        int rows = 0;
        for (List<RawSample> samples : batches) {
            rows += samples.size();
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER.length + rows * ROW_BYTES + 2);
        out.put(HEADER);
        for (List<RawSample> samples : batches) {
            for (RawSample sample : samples) {
                out.putShort((short) 4);
                UUID point = sample.pointId();
                out.putInt(16).putLong(point.getMostSignificantBits()).putLong(point.getLeastSignificantBits());
                out.putInt(8).putLong(micros(sample.ts()));
                out.putInt(8).putDouble(sample.value());
                out.putInt(2).putShort(sample.quality());
            }
        }
        out.putShort((short) -1);
        return out.array();
    }

    /** Microseconds since PostgreSQL's epoch; a finer time is cut to the microsecond, as PostgreSQL keeps it. */
    static long micros(Instant ts) {
        return Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1_000)
                - POSTGRES_EPOCH_MICROS;
    }
}
