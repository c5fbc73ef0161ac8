package org.chemsafe.enterprise.internal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** An enterprise's sites: their names, plan images and the calibration of each plan to local metres. */
@Service
@Transactional
class Sites {

    private final SiteRepository sites;
    private final EnterpriseAccess access;
    private final SiteSettings settings;
    private final Problems problems;

    Sites(SiteRepository sites, EnterpriseAccess access, SiteSettings settings, Problems problems) {
        this.sites = sites;
        this.access = access;
        this.settings = settings;
        this.problems = problems;
    }

    @Transactional(readOnly = true)
    PageResult<SiteView> search(Actor actor, @Nullable UUID enterpriseId, PageQuery page) {
        return sites.search(actor.scope(), enterpriseId, page);
    }

    @Transactional(readOnly = true)
    SiteView get(Actor actor, UUID id) {
        SiteView site = sites.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("site", id));
        AuditTarget.concerns(site.enterpriseId());
        return site;
    }

    SiteView create(Actor actor, SiteRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        String name = request.name().strip();
        if (sites.nameTaken(enterpriseId, name, null)) {
            throw ProblemException.conflict("site.name.taken", name);
        }
        UUID id = UUID.randomUUID();
        sites.insert(id, enterpriseId, name);
        return stored(enterpriseId, id);
    }

    SiteView rename(Actor actor, UUID id, SiteNameRequest request) {
        SiteView site = get(actor, id);
        String name = request.name().strip();
        if (sites.nameTaken(site.enterpriseId(), name, id)) {
            throw ProblemException.conflict("site.name.taken", name);
        }
        sites.rename(id, name);
        return stored(site.enterpriseId(), id);
    }

    /** Removes the site with its plan and areas (units placed in those areas keep their place empty). */
    void delete(Actor actor, UUID id) {
        get(actor, id);
        sites.delete(id);
    }

    /**
     * Replaces the plan. Checked outside a transaction (decoding a large image takes a while) and written in one
     * statement, which also drops the calibration: it belonged to the old image. Areas stay, they are in metres.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    SiteView uploadPlan(Actor actor, UUID id, MultipartFile file) {
        SiteView site = get(actor, id);
        long max = settings.maxPlanBytes().toBytes();
        if (file.getSize() > max) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "site.plan.too-large", megabytes(max));
        }
        return storePlan(site, bytesOf(file));
    }

    /** Stores the image as the site's plan after the upload's checks (empty, too large, not a usable image). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    SiteView storePlan(SiteView site, byte[] content) {
        UUID id = site.id();
        long max = settings.maxPlanBytes().toBytes();
        if (content.length == 0) {
            throw ProblemException.ruleViolation("site.plan.empty");
        }
        if (content.length > max) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "site.plan.too-large", megabytes(max));
        }
        PlanImages.PlanImage image;
        try {
            image = PlanImages.decode(content, settings.planLimits());
        } catch (PlanImages.InvalidImage ex) {
            throw switch (ex.problem()) {
                case UNSUPPORTED_TYPE -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "site.plan.unsupported-type");
                case UNDECODABLE -> ProblemException.ruleViolation("site.plan.undecodable");
                case TOO_SMALL -> ProblemException.ruleViolation("site.plan.too-small", PlanImages.MIN_SIDE_PX);
                case TOO_LARGE -> ProblemException.ruleViolation("site.plan.too-many-pixels",
                        settings.maxPlanSidePx());
                case TOO_MANY_PIXELS -> ProblemException.ruleViolation("site.plan.too-many-megapixels",
                        settings.maxPlanPixels() / 1_000_000);
            };
        }
        if (!sites.storePlan(id, content, image.format().contentType(), image.widthPx(), image.heightPx(),
                sha256(content))) {
            throw ProblemException.notFound("site", id);
        }
        return sites.findVisible(id, DataScope.enterprise(site.enterpriseId()))
                .orElseThrow(() -> ProblemException.notFound("site", id));
    }

    @Transactional(readOnly = true)
    SiteRepository.StoredPlan plan(Actor actor, UUID id) {
        return sites.plan(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("plan", id));
    }

    SiteView calibrate(Actor actor, UUID id, CalibrationRequest request) {
        SiteView site = get(actor, id);
        SiteView.Plan plan = site.plan();
        if (plan == null) {
            throw ProblemException.ruleViolation("site.calibration.no-plan");
        }
        CalibrationRequest.Point first = request.points().get(0);
        CalibrationRequest.Point second = request.points().get(1);
        try {
            PlanCalibration.of(first.toReferencePoint(), second.toReferencePoint(), plan.widthPx(), plan.heightPx());
        } catch (PlanCalibration.InvalidCalibration ex) {
            String key = ex.problem().messageKey();
            Object[] args = { plan.widthPx(), plan.heightPx(), PlanCalibration.MIN_PIXEL_DISTANCE,
                    PlanCalibration.MIN_METRES_PER_PIXEL, PlanCalibration.MAX_METRES_PER_PIXEL };
            throw new ProblemException(ProblemType.RULE_VIOLATION,
                    Map.of("errors", List.of(new FieldProblem("points", ex.problem().name(),
                            problems.message(key, args)))),
                    key, args);
        }
        if (!sites.storeCalibration(id, plan.version(),
                new SiteRepository.StoredCalibration(List.of(first, second)))) {
            throw ProblemException.conflict("site.calibration.plan-replaced");
        }
        return stored(site.enterpriseId(), id);
    }

    SiteView clearCalibration(Actor actor, UUID id) {
        SiteView site = get(actor, id);
        if (site.plan() != null) {
            sites.storeCalibration(id, site.plan().version(), null);
        }
        return stored(site.enterpriseId(), id);
    }

    /** A site of the enterprise, read in that enterprise's scope (it was just written or checked by the caller). */
    private SiteView stored(UUID enterpriseId, UUID id) {
        return sites.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
