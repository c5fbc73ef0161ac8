package org.chemsafe.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small files that claim huge images: a valid black-and-white PNG of any size, one bit a pixel, its rows all zeros
 * so that they compress to almost nothing (a 20000 × 20000 plan is about 50 KB). Written by hand because drawing such
 * an image with ImageIO would need the gigabytes the platform must refuse to spend.
 */
public final class HugeImages {

    private HugeImages() {
    }

    public static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1) // bit depth
                .put((byte) 0) // grey scale
                .put((byte) 0).put((byte) 0).put((byte) 0); // deflate, adaptive filtering, no interlace
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", zeroRows(width, height));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Each row: filter byte 0 and ceil(width / 8) zero bytes, deflated. */
    private static byte[] zeroRows(int width, int height) {
        byte[] row = new byte[1 + (width + 7) / 8];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
