package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of points (位号). An enterprise's users with the write permission register and change their own
 * enterprise's points; every read names the caller's scope, and a point outside it answers 404. A gas detector
 * registered without limits takes the GB/T 50493-2019 5.5.2 defaults, which must fit its range. Ingestion's tag
 * index of the enterprise is renewed after each change commits.
 */
@Service
@Transactional
class Points {

    private final PointRepository points;
    private final EnterpriseAccess access;
    private final ChemicalCatalogue chemicals;
    private final PointIndex index;
    private final LatestValues latest;
    private final AlarmPoints alarmPoints;
    private final List<PointMemory> memories;
    private final Clock clock;

    Points(PointRepository points, EnterpriseAccess access, ChemicalCatalogue chemicals, PointIndex index,
            LatestValues latest, AlarmPoints alarmPoints, List<PointMemory> memories, Clock clock) {
        this.points = points;
        this.index = index;
        this.latest = latest;
        this.alarmPoints = alarmPoints;
        this.memories = List.copyOf(memories);
        this.access = access;
        this.chemicals = chemicals;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<PointView> search(Actor actor, PointSearch search, PageQuery page) {
        return points.search(actor.scope(), search, page);
    }

    @Transactional(readOnly = true)
    PointView get(Actor actor, UUID id) {
        return visible(actor, id);
    }

    PointView register(Actor actor, PointRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterpriseId);
        return save(enterpriseId, checked(enterpriseId, request, null), null);
    }

    PointView change(Actor actor, UUID id, PointRequest request) {
        PointView current = visible(actor, id);
        return save(current.enterpriseId(), checked(current.enterpriseId(), request, id), id);
    }

    /** Stores a checked point of the enterprise: a new one, or over the existing one. */
    PointView save(UUID enterpriseId, StoredPoint point, @Nullable UUID existingId) {
        UUID id = existingId == null ? UUID.randomUUID() : existingId;
        if (existingId == null) {
            points.insert(id, enterpriseId, point, clock.instant());
        } else {
            points.update(id, point, clock.instant());
            alarmPoints.changed(id);
        }
        index.changed(enterpriseId);
        return stored(enterpriseId, id);
    }

    void remove(Actor actor, UUID id) {
        PointView point = visible(actor, id);
        points.delete(id);
        index.changed(point.enterpriseId());
        latest.forget(id);
        alarmPoints.changed(id);
        memories.forEach(memory -> memory.forget(id));
    }

    /**
     * The request with its limits, after the rules that need stored data: a free tag, a usable chemical, gas-detector
     * defaults within the range; a broken rule is thrown as its problem.
     */
    StoredPoint checked(UUID enterpriseId, PointRequest request, @Nullable UUID except) {
        if (points.tagTaken(enterpriseId, request.tag().strip(), except)) {
            throw ProblemException.conflict("monitoring.point.tag-taken", request.tag().strip());
        }
        ChemicalInfo chemical = request.chemicalId() == null ? null : usableChemical(request.chemicalId(), enterpriseId);
        if (!request.givenLimits().isEmpty()) {
            return new StoredPoint(request, request.givenLimits());
        }
        Limits defaults = GasDetectorDefaults.of(request.indicatorType(), request.unit(), chemical);
        List<LimitRules.Broken> broken = LimitRules.check(request.indicatorType(), request.rangeLow(),
                request.rangeHigh(), defaults);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolation("monitoring.point.defaults-outside-range", broken.get(0).field());
        }
        return new StoredPoint(request, defaults);
    }

    /** A reference chemical (GB 18218 Table 1) or one of the enterprise's own. */
    private ChemicalInfo usableChemical(UUID chemicalId, UUID enterpriseId) {
        return chemicals.find(chemicalId)
                .filter(chemical -> chemical.isReference() || enterpriseId.equals(chemical.enterpriseId()))
                .orElseThrow(() -> ProblemException.ruleViolation("monitoring.point.chemical-unknown", chemicalId));
    }

    private PointView visible(Actor actor, UUID id) {
        PointView point = points.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("point", id));
        AuditTarget.concerns(point.enterpriseId());
        return point;
    }

    private PointView stored(UUID enterpriseId, UUID id) {
        return points.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }
}
