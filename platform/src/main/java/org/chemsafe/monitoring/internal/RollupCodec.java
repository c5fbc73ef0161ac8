package org.chemsafe.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The minute buckets of one point's hour (the 1 min rollup) as columns ({@link ColumnCodec}), oldest first. */
final class RollupCodec {

    private RollupCodec() {
    }

    static byte[] encode(List<Bucket> minutes) {
        int count = minutes.size();
        long[] starts = new long[count];
        long[] counts = new long[count];
        double[] min = new double[count];
        double[] max = new double[count];
        double[] avg = new double[count];
        for (int i = 0; i < count; i++) {
            Bucket bucket = minutes.get(i);
            starts[i] = bucket.start().getEpochSecond() / 60;
            counts[i] = bucket.count();
            min[i] = bucket.min();
            max[i] = bucket.max();
            avg[i] = bucket.avg();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(count);
            ColumnCodec.writeLongs(starts, count, out);
            ColumnCodec.writeLongs(counts, count, out);
            ColumnCodec.writeDoubles(min, count, out);
            ColumnCodec.writeDoubles(max, count, out);
            ColumnCodec.writeDoubles(avg, count, out);
        } catch (IOException inMemory) {
            throw ColumnCodec.unexpected(inMemory);
        }
        return bytes.toByteArray();
    }

    static List<Bucket> decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        int count = in.getInt();
        long[] starts = ColumnCodec.readLongs(in, count);
        long[] counts = ColumnCodec.readLongs(in, count);
        double[] min = ColumnCodec.readDoubles(in, count);
        double[] max = ColumnCodec.readDoubles(in, count);
        double[] avg = ColumnCodec.readDoubles(in, count);
        List<Bucket> minutes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            minutes.add(new Bucket(Instant.EPOCH.plus(starts[i], ChronoUnit.MINUTES), (int) counts[i], min[i], max[i],
                    avg[i]));
        }
        return minutes;
    }
}
