package org.chemsafe.enterprise.internal.site;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The areas drawn on a site: polygons in the site's local metres, checked before anything is written. */
@Service
@Transactional
class Areas {

    private final AreaRepository areas;
    private final Sites sites;
    private final Problems problems;

    Areas(AreaRepository areas, Sites sites, Problems problems) {
        this.areas = areas;
        this.sites = sites;
        this.problems = problems;
    }

    @Transactional(readOnly = true)
    List<AreaView> ofSite(Actor actor, UUID siteId) {
        sites.get(actor, siteId);
        return areas.ofSite(siteId);
    }

    @Transactional(readOnly = true)
    AreaView get(Actor actor, UUID id) {
        AreaView area = areas.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("area", id));
        AuditTarget.concerns(area.enterpriseId());
        return area;
    }

    AreaView create(Actor actor, UUID siteId, AreaRequest request) {
        SiteView site = sites.get(actor, siteId);
        AreaGeometry geometry = geometry(request);
        String name = request.name().strip();
        if (areas.nameTaken(siteId, name, null)) {
            throw ProblemException.conflict("site.area.name.taken", name);
        }
        UUID id = UUID.randomUUID();
        areas.insert(id, siteId, site.enterpriseId(), request, geometry);
        return stored(site.enterpriseId(), id);
    }

    AreaView update(Actor actor, UUID id, AreaRequest request) {
        AreaView area = get(actor, id);
        AreaGeometry geometry = geometry(request);
        String name = request.name().strip();
        if (areas.nameTaken(area.siteId(), name, id)) {
            throw ProblemException.conflict("site.area.name.taken", name);
        }
        areas.update(id, request, geometry);
        return stored(area.enterpriseId(), id);
    }

    void delete(Actor actor, UUID id) {
        get(actor, id);
        areas.delete(id);
    }

    /** An area of the enterprise, read in that enterprise's scope (it was just written by the caller). */
    private AreaView stored(UUID enterpriseId, UUID id) {
        return areas.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }

    private AreaGeometry geometry(AreaRequest request) {
        try {
            return AreaGeometry.of(request.polygon());
        } catch (AreaGeometry.InvalidPolygon ex) {
            String key = ex.problem().messageKey();
            Object[] args = { AreaGeometry.MIN_VERTICES, AreaGeometry.MAX_VERTICES, AreaGeometry.MAX_ABS_COORDINATE,
                    AreaGeometry.MIN_AREA_M2 };
            throw new ProblemException(ProblemType.RULE_VIOLATION,
                    Map.of("errors", List.of(new FieldProblem("polygon", ex.problem().name(),
                            problems.message(key, args)))),
                    key, args);
        }
    }
}
