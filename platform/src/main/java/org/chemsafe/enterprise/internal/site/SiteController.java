package org.chemsafe.enterprise.internal.site;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Sites and areas")
class SiteController {

    static final String READ = "hasAuthority('" + EnterprisePermissions.ENTERPRISE_READ + "')";
    /** Sites, plans and areas are the enterprise's own drawing of its premises: supervisors read them. */
    static final String WRITE = "hasAuthority('" + EnterprisePermissions.SITE_WRITE + "')";

    private final Sites sites;
    private final Areas areas;

    SiteController(Sites sites, Areas areas) {
        this.sites = sites;
        this.areas = areas;
    }

    @GetMapping("/api/v1/sites")
    @PreAuthorize(READ)
    @Operation(summary = "The sites within the caller's scope, optionally of one enterprise")
    PageResult<SiteView> search(@RequestParam(required = false) @Nullable UUID enterpriseId, @Valid PageQuery page) {
        return sites.search(CurrentActor.get(), enterpriseId, page);
    }

    @GetMapping("/api/v1/sites/{id}")
    @PreAuthorize(READ)
    SiteView get(@PathVariable UUID id) {
        return sites.get(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/sites")
    @PreAuthorize(WRITE)
    @Operation(summary = "Create a site")
    ResponseEntity<SiteView> create(@Valid @RequestBody SiteRequest request) {
        SiteView created = sites.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/sites/{id}")
    @PreAuthorize(WRITE)
    SiteView rename(@PathVariable UUID id, @Valid @RequestBody SiteNameRequest request) {
        return sites.rename(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/sites/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Remove a site with its plan and areas")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        sites.delete(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/api/v1/sites/{id}/plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Upload or replace the plan image (multipart part 'file', PNG or JPEG by content); "
            + "replacing it clears the calibration")
    SiteView uploadPlan(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        return sites.uploadPlan(CurrentActor.get(), id, file);
    }

    /**
     * The plan image. Its ETag is the image's SHA-256, so a revalidation is answered 304 without reading the image;
     * with {@code v} equal to that version (the URL in the site view) the browser may keep it for good, since a new
     * plan gets a new URL.
     */
    @GetMapping("/api/v1/sites/{id}/plan")
    @PreAuthorize(READ)
    @Operation(summary = "The plan image, with its content type and caching headers")
    ResponseEntity<byte[]> plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable String v,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        SiteView site = sites.get(CurrentActor.get(), id);
        SiteView.Plan plan = site.plan();
        CacheControl cache = plan != null && plan.version().equals(v)
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()
                : CacheControl.noCache().cachePrivate();
        if (plan != null && matches(ifNoneMatch, plan.version())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(plan.version()).cacheControl(cache).build();
        }
        SiteRepository.StoredPlan stored = sites.plan(CurrentActor.get(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .eTag(stored.sha256()).lastModified(stored.uploadedAt()).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                .body(stored.content());
    }

    @PutMapping("/api/v1/sites/{id}/calibration")
    @PreAuthorize(WRITE)
    @Operation(summary = "Calibrate the plan by two reference points (pixels on the plan, local metres on the ground)")
    SiteView calibrate(@PathVariable UUID id, @Valid @RequestBody CalibrationRequest request) {
        return sites.calibrate(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/sites/{id}/calibration")
    @PreAuthorize(WRITE)
    @Operation(summary = "Remove the plan's calibration")
    SiteView clearCalibration(@PathVariable UUID id) {
        return sites.clearCalibration(CurrentActor.get(), id);
    }

    @GetMapping("/api/v1/sites/{siteId}/areas")
    @PreAuthorize(READ)
    @Operation(summary = "The areas drawn on a site, by name")
    List<AreaView> areas(@PathVariable UUID siteId) {
        return areas.ofSite(CurrentActor.get(), siteId);
    }

    @PostMapping("/api/v1/sites/{siteId}/areas")
    @PreAuthorize(WRITE)
    @Operation(summary = "Draw an area (polygon in local metres)")
    ResponseEntity<AreaView> createArea(@PathVariable UUID siteId, @Valid @RequestBody AreaRequest request) {
        AreaView created = areas.create(CurrentActor.get(), siteId, request);
        return ResponseEntity.created(URI.create("/api/v1/areas/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/areas/{id}")
    @PreAuthorize(READ)
    AreaView area(@PathVariable UUID id) {
        return areas.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/areas/{id}")
    @PreAuthorize(WRITE)
    AreaView updateArea(@PathVariable UUID id, @Valid @RequestBody AreaRequest request) {
        return areas.update(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/areas/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<Void> deleteArea(@PathVariable UUID id) {
        areas.delete(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** If-None-Match holds the version (quoted, possibly weak, possibly in a list) or {@code *}. */
    static boolean matches(@Nullable String ifNoneMatch, String version) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("\"" + version + "\"")) {
                return true;
            }
        }
        return false;
    }
}
