package org.chemsafe.dualprevention.internal.photo;

import java.util.Arrays;
import java.util.Optional;

/** The image formats a photo may have, recognised by their first bytes (never by file name or declared type). */
enum PhotoFormat {
    /** JPEG: SOI marker followed by the next marker's first byte. */
    JPEG("image/jpeg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
    /** PNG: the eight-byte signature. */
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });

    private final String contentType;
    private final byte[] signature;

    PhotoFormat(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    String contentType() {
        return contentType;
    }

    static Optional<PhotoFormat> of(byte[] content) {
        return Arrays.stream(values()).filter(format -> content.length > format.signature.length
                && Arrays.equals(content, 0, format.signature.length, format.signature, 0, format.signature.length))
                .findFirst();
    }
}
