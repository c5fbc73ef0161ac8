package org.chemsafe.dualprevention.internal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.dualprevention.internal.DualPreventionSettings;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos (JPEG or PNG by their first bytes, at most {@code chemsafe.dual-prevention.max-photo-bytes}) stored for
 * the caller's enterprise, or the one a platform or government user names; read in the caller's scope. Hidden
 * dangers and inspection records name them by id, and {@link #unknown} checks those ids lie in their enterprise.
 */
@Service
@Transactional
public class Photos {

    static final String RESOURCE = "photo";
    /** How far ahead of the server's clock a phone's may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PhotoRepository photos;
    private final EnterpriseAccess access;
    private final FieldRejections rejections;
    private final DualPreventionSettings settings;
    private final Clock clock;

    Photos(PhotoRepository photos, EnterpriseAccess access, FieldRejections rejections,
            DualPreventionSettings settings, Clock clock) {
        this.photos = photos;
        this.access = access;
        this.rejections = rejections;
        this.settings = settings;
        this.clock = clock;
    }

    /** The photo and whether this upload stored it (false: a resend of one stored under its client id). */
    record Uploaded(PhotoView photo, boolean created) {
    }

    /**
     * Stores the photo, or with a {@code clientId} already used in the enterprise answers the photo stored under it
     * and stores nothing. {@code takenAt}, the phone's time of the photo, may not lie in the future.
     */
    Uploaded upload(Actor actor, @Nullable UUID enterpriseId, MultipartFile file, @Nullable UUID clientId,
            @Nullable Instant takenAt) {
        UUID owner = access.ownerFor(actor, enterpriseId);
        AuditTarget.concerns(owner);
        if (clientId != null) {
            Optional<PhotoView> earlier = photos.findByClientId(owner, clientId);
            if (earlier.isPresent()) {
                return new Uploaded(earlier.get(), false);
            }
        }
        if (takenAt != null && takenAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw rejections.invalid(List.of(rejections.problem("takenAt", "dualprevention.photo.taken-in-future")));
        }
        long max = settings.maxPhotoBytes().toBytes();
        if (file.getSize() > max) {
            throw tooLarge(max);
        }
        byte[] content = bytesOf(file);
        if (content.length == 0) {
            throw rejections.invalid(List.of(rejections.problem("file", "dualprevention.photo.empty")));
        }
        if (content.length > max) {
            throw tooLarge(max);
        }
        PhotoFormat format = PhotoFormat.of(content).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "dualprevention.photo.unsupported-type"));
        PhotoView photo = new PhotoView(UUID.randomUUID(), owner, format.contentType(), content.length,
                sha256(content), clock.instant(), clientId, takenAt);
        if (!photos.insertIfNew(photo, content, actor.id())) {
            return new Uploaded(photos.findByClientId(owner, Objects.requireNonNull(clientId)).orElseThrow(), false);
        }
        return new Uploaded(photo, true);
    }

    @Transactional(readOnly = true)
    PhotoView get(Actor actor, UUID id) {
        return photos.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    @Transactional(readOnly = true)
    byte[] content(Actor actor, UUID id) {
        return photos.content(id, actor.scope()).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    /**
     * A rejection for every id of the list that is not a photo of the enterprise, naming the element as Bean
     * Validation does ({@code dangerImg[1]}).
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> unknown(UUID enterpriseId, List<UUID> ids, String field) {
        Set<UUID> existing = photos.existing(ids, DataScope.enterprise(enterpriseId));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!existing.contains(ids.get(i))) {
                problems.add(rejections.problem(field + "[" + i + "]", "dualprevention.photo.unknown"));
            }
        }
        return problems;
    }

    private static ProblemException tooLarge(long max) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "dualprevention.photo.too-large",
                max / 1024 / 1024);
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
        }
    }
}
