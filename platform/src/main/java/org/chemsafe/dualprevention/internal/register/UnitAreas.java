package org.chemsafe.dualprevention.internal.register;

import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.enterprise.AreaInfo;
import org.chemsafe.enterprise.SiteAreas;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks that the area a risk analysis unit names is one of its enterprise's (else a 400 naming areaId). */
@Component
class UnitAreas {

    private final SiteAreas areas;
    private final FieldRejections rejections;

    UnitAreas(SiteAreas areas, FieldRejections rejections) {
        this.areas = areas;
        this.rejections = rejections;
    }

    void check(UUID enterpriseId, @Nullable UUID areaId) {
        if (areaId != null && !areas.findArea(areaId).map(AreaInfo::enterpriseId).filter(enterpriseId::equals)
                .isPresent()) {
            throw rejections.invalid(List.of(rejections.problem("areaId", "dualprevention.unit.area-unknown")));
        }
    }
}
