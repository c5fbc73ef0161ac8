package org.chemsafe.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import org.apache.tsfile.encoding.decoder.DeltaBinaryDecoder;
import org.apache.tsfile.encoding.decoder.DoublePrecisionDecoderV2;
import org.apache.tsfile.encoding.encoder.DeltaBinaryEncoder;
import org.apache.tsfile.encoding.encoder.DoublePrecisionEncoderV2;

/**
 * The column encodings of the telemetry store, taken from Apache TsFile: integers as TS_2DIFF (each value's delta
 * from the previous minus the block's smallest delta, bit-packed in blocks), doubles either scaled to an exact
 * decimal integer and TS_2DIFF-encoded or, when that is not exact or not smaller, Gorilla XOR (TsFile's GORILLA v2).
 * Each column is written as its length and bytes, so a reader hands each decoder exactly its own bytes. Values
 * round-trip bit for bit (NaN excluded: Gorilla v2 ends its stream with a NaN pattern; ingestion refuses NaN).
 */
final class ColumnCodec {

    /** TS_2DIFF block: large enough that a block's header (~20 bytes) costs little per value. */
    static final int BLOCK = 1024;
    private static final byte SCALED = 0;
    private static final byte XOR = 1;
    private static final int MAX_DECIMALS = 9;
    private static final double MAX_EXACT = 0x1p53;
    private static final double[] POWERS = new double[MAX_DECIMALS + 1];

    static {
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            POWERS[d] = Math.pow(10, d);
        }
    }

    private ColumnCodec() {
    }

    static void writeLongs(long[] values, int count, DataOutputStream out) throws IOException {
        writeSection(longBytes(values, count), out);
    }

    static long[] readLongs(ByteBuffer in, int count) {
        ByteBuffer section = section(in);
        DeltaBinaryDecoder.LongDeltaDecoder decoder = new DeltaBinaryDecoder.LongDeltaDecoder();
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = decoder.readLong(section);
        }
        return values;
    }

    /** The smaller of the exact decimal scaling (when one of 0–9 decimals holds every value exactly) and XOR. */
    static void writeDoubles(double[] values, int count, DataOutputStream out) throws IOException {
        int decimals = exactDecimals(values, count);
        byte[] xor = xorBytes(values, count);
        if (decimals >= 0) {
            long[] scaled = new long[count];
            for (int i = 0; i < count; i++) {
                scaled[i] = Math.round(values[i] * POWERS[decimals]);
            }
            byte[] bytes = longBytes(scaled, count);
            if (bytes.length < xor.length) {
                out.writeByte(SCALED);
                out.writeByte(decimals);
                writeSection(bytes, out);
                return;
            }
        }
        out.writeByte(XOR);
        writeSection(xor, out);
    }

    static double[] readDoubles(ByteBuffer in, int count) {
        byte kind = in.get();
        double[] values = new double[count];
        if (kind == SCALED) {
            double power = POWERS[in.get()];
            long[] scaled = readLongs(in, count);
            for (int i = 0; i < count; i++) {
                values[i] = scaled[i] / power;
            }
            return values;
        }
        if (kind != XOR) {
            throw new IllegalArgumentException("unknown value encoding " + kind);
        }
        ByteBuffer section = section(in);
        DoublePrecisionDecoderV2 decoder = new DoublePrecisionDecoderV2();
        for (int i = 0; i < count; i++) {
            values[i] = decoder.readDouble(section);
        }
        return values;
    }

    /** The fewest decimals that give every value back exactly as scaled integer / 10^d, or -1. */
    static int exactDecimals(double[] values, int count) {
        int decimals = 0;
        for (int i = 0; i < count; i++) {
            while (!exact(values[i], decimals)) {
                if (++decimals > MAX_DECIMALS) {
                    return -1;
                }
            }
        }
        return decimals;
    }

    private static boolean exact(double value, int decimals) {
        double scaled = value * POWERS[decimals];
        return Math.abs(scaled) < MAX_EXACT && Double.doubleToRawLongBits(Math.round(scaled) / POWERS[decimals])
                == Double.doubleToRawLongBits(value);
    }

    private static byte[] longBytes(long[] values, int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeltaBinaryEncoder.LongDeltaEncoder encoder = new DeltaBinaryEncoder.LongDeltaEncoder(BLOCK);
        for (int i = 0; i < count; i++) {
            encoder.encode(values[i], bytes);
        }
        encoder.flush(bytes);
        return bytes.toByteArray();
    }

    private static byte[] xorBytes(double[] values, int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DoublePrecisionEncoderV2 encoder = new DoublePrecisionEncoderV2();
        for (int i = 0; i < count; i++) {
            encoder.encode(values[i], bytes);
        }
        encoder.flush(bytes);
        return bytes.toByteArray();
    }

    private static void writeSection(byte[] bytes, DataOutputStream out) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static ByteBuffer section(ByteBuffer in) {
        int length = in.getInt();
        ByteBuffer section = in.slice(in.position(), length);
        in.position(in.position() + length);
        return section;
    }

    static UncheckedIOException unexpected(IOException inMemory) {
        return new UncheckedIOException("writing to memory failed", inMemory);
    }
}
