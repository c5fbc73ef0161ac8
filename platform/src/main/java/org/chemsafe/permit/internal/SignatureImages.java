package org.chemsafe.permit.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Checks a handwritten signature image before it is stored: a PNG data URL of at most 100 KB whose header declares at
 * most 2000 × 1000 pixels (read from the header, never decoded, so no image can cost memory or time).
 */
final class SignatureImages {

    static final int MAX_BYTES = 100 * 1024;
    static final int MAX_WIDTH = 2000;
    static final int MAX_HEIGHT = 1000;
    private static final String PREFIX = "data:image/png;base64,";
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private SignatureImages() {
    }

    /** Whether the data URL holds an acceptable PNG. */
    static boolean acceptable(String dataUrl) {
        if (!dataUrl.startsWith(PREFIX)) {
            return false;
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        } catch (IllegalArgumentException ex) {
            return false;
        }
        // signature (8), IHDR length (4) and type (4), width (4), height (4)
        if (png.length > MAX_BYTES || png.length < 24 || !Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)
                || !new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IHDR")) {
            return false;
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        int width = header.getInt();
        int height = header.getInt();
        return width > 0 && height > 0 && width <= MAX_WIDTH && height <= MAX_HEIGHT;
    }
}
