package org.chemsafe.dualprevention.internal.register;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.enterprise.AreaInfo;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.SiteAreas;
import org.chemsafe.enterprise.UnitRef;
import org.chemsafe.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks that what a risk analysis unit links to is its enterprise's: the site-plan area (areaId) and the
 * production or storage unit (hazardUnitId); each one that is not is a 400 naming it.
 */
@Component
class UnitLinks {

    private final SiteAreas areas;
    private final HazardUnits hazardUnits;
    private final FieldRejections rejections;

    UnitLinks(SiteAreas areas, HazardUnits hazardUnits, FieldRejections rejections) {
        this.areas = areas;
        this.hazardUnits = hazardUnits;
        this.rejections = rejections;
    }

    void check(UUID enterpriseId, RiskUnitRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID areaId = request.areaId();
        if (areaId != null && !areas.findArea(areaId).map(AreaInfo::enterpriseId).filter(enterpriseId::equals)
                .isPresent()) {
            problems.add(rejections.problem("areaId", "dualprevention.unit.area-unknown"));
        }
        UUID hazardUnitId = request.hazardUnitId();
        if (hazardUnitId != null && hazardUnits.unitsOf(enterpriseId).stream().map(UnitRef::id)
                .noneMatch(hazardUnitId::equals)) {
            problems.add(rejections.problem("hazardUnitId", "dualprevention.unit.hazard-unit-unknown"));
        }
        if (!problems.isEmpty()) {
            throw rejections.invalid(problems);
        }
    }
}
