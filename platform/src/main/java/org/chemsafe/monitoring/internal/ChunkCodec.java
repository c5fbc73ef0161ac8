package org.chemsafe.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One point's samples of one period as one chunk: sorted by time (samples of equal time keep their order), then
 * written as columns ({@link ColumnCodec}): the times in microseconds (PostgreSQL's precision), or in milliseconds
 * when every time is a whole millisecond, TS_2DIFF-encoded; the values; the quality flags only when one is set.
 * Decoding gives the sorted samples back exactly.
 */
final class ChunkCodec {

    private static final byte FORMAT = 1;
    private static final byte MICROS = 0;
    private static final byte MILLIS = 1;

    private ChunkCodec() {
    }

    /** The samples (of one point), sorted by time, as the bytes of a chunk. */
    static byte[] encode(List<RawSample> samples) {
        List<RawSample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparing(RawSample::ts));
        int count = sorted.size();
        long[] times = new long[count];
        double[] values = new double[count];
        long[] qualities = new long[count];
        boolean millis = true;
        boolean flagged = false;
        for (int i = 0; i < count; i++) {
            RawSample sample = sorted.get(i);
            times[i] = ChronoUnit.MICROS.between(Instant.EPOCH, sample.ts());
            millis &= times[i] % 1000 == 0;
            values[i] = sample.value();
            qualities[i] = sample.quality();
            flagged |= sample.quality() != PointRef.GOOD;
        }
        if (millis) {
            for (int i = 0; i < count; i++) {
                times[i] /= 1000;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(count);
            out.writeByte(millis ? MILLIS : MICROS);
            ColumnCodec.writeLongs(times, count, out);
            ColumnCodec.writeDoubles(values, count, out);
            out.writeBoolean(flagged);
            if (flagged) {
                ColumnCodec.writeLongs(qualities, count, out);
            }
        } catch (IOException inMemory) {
            throw ColumnCodec.unexpected(inMemory);
        }
        return bytes.toByteArray();
    }

    /** The chunk's samples, oldest first, as samples of the point. */
    static List<RawSample> decode(UUID pointId, byte[] chunk) {
        ByteBuffer in = ByteBuffer.wrap(chunk);
        byte format = in.get();
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown chunk format " + format);
        }
        int count = in.getInt();
        ChronoUnit unit = in.get() == MILLIS ? ChronoUnit.MILLIS : ChronoUnit.MICROS;
        long[] times = ColumnCodec.readLongs(in, count);
        double[] values = ColumnCodec.readDoubles(in, count);
        long[] qualities = in.get() != 0 ? ColumnCodec.readLongs(in, count) : new long[count];
        List<RawSample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            samples.add(new RawSample(pointId, Instant.EPOCH.plus(times[i], unit), values[i], (short) qualities[i]));
        }
        return samples;
    }
}
