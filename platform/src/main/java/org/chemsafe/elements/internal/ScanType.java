package org.chemsafe.elements.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The content types a scanned certificate may have, told by its first bytes (never by name or declared type). */
final class ScanType {

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

    private ScanType() {
    }

    static Optional<String> of(byte[] content) {
        return SIGNATURES.entrySet().stream().filter(entry -> content.length > entry.getValue().length
                && Arrays.equals(content, 0, entry.getValue().length, entry.getValue(), 0, entry.getValue().length))
                .map(Map.Entry::getKey).findFirst();
    }
}
