package org.chemsafe.dualprevention.internal.photo;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored photo without its bytes ({@code GET /api/v1/dual-prevention/photos/{id}} serves them).
 *
 * @param contentType {@code image/jpeg} or {@code image/png}, from the photo's first bytes
 * @param sha256      of the bytes, hex; the photo's ETag
 * @param clientId    the phone's id for the photo, when it gave one: uploading it again finds this photo
 * @param takenAt     when the phone took it, when it said so
 */
public record PhotoView(UUID id, UUID enterpriseId, String contentType, int sizeBytes, String sha256,
        Instant uploadedAt, @Nullable UUID clientId, @Nullable Instant takenAt) {
}
