package org.chemsafe.dualprevention.internal.photo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Photos of hidden dangers and inspection records: uploaded once, then named by id. */
@RestController
@Tag(name = "Dual prevention")
class PhotoController {

    static final String PATH = "/api/v1/dual-prevention/photos";
    private static final String UPLOAD = "hasAnyAuthority('" + DualPreventionPermissions.HIDDEN_DANGER_REPORT + "', '"
            + DualPreventionPermissions.INSPECTION_RECORD + "')";
    private static final String READ = "hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')";

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(UPLOAD)
    @Operation(summary = "Upload a photo (multipart part 'file', JPEG or PNG by content, at most 5 MB by default)",
            description = """
                    For the caller's enterprise, or the enterpriseId a platform or government user names. Hidden                     dangers (dangerImg, dangerAcceptImg) and inspection records (photos) refer to the id. A phone                     sending what it kept offline gives clientId, its own id for the photo: uploading it again                     answers the photo stored first (200) and stores nothing; takenAt is when the photo was taken.""")
    ResponseEntity<PhotoView> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable UUID clientId,
            @RequestParam(required = false) @Nullable Instant takenAt) {
        Photos.Uploaded uploaded = photos.upload(CurrentActor.get(), enterpriseId, file, clientId, takenAt);
        PhotoView photo = uploaded.photo();
        return uploaded.created() ? ResponseEntity.created(URI.create(PATH + "/" + photo.id())).body(photo)
                : ResponseEntity.ok(photo);
    }

    /** A photo never changes under its id, so the browser may keep it. */
    @GetMapping(PATH + "/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "The photo's bytes with their content type")
    ResponseEntity<byte[]> photo(@PathVariable UUID id) {
        PhotoView photo = photos.get(CurrentActor.get(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).eTag(photo.sha256())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                .body(photos.content(CurrentActor.get(), id));
    }
}
