package org.chemsafe.permit.internal;

import java.util.UUID;

import org.chemsafe.enterprise.AreaInfo;
import org.chemsafe.enterprise.SiteAreas;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks that the place an application names is the enterprise's own: its registry area and the site of its
 * position (else a 400 naming {@code areaId} or {@code position.siteId}), so a permit is never drawn on another
 * enterprise's plan or measured against its permits.
 */
@Component
class PermitPlaces {

    private final SiteAreas sites;
    private final RuleFindings findings;

    PermitPlaces(SiteAreas sites, RuleFindings findings) {
        this.sites = sites;
        this.findings = findings;
    }

    void check(UUID enterpriseId, @Nullable UUID areaId, @Nullable SitePosition position) {
        if (areaId != null && !sites.findArea(areaId).map(AreaInfo::enterpriseId).filter(enterpriseId::equals)
                .isPresent()) {
            throw findings.invalid("areaId", "UnknownArea", "permit.apply.area-unknown");
        }
        if (position != null && !sites.enterpriseOfSite(position.siteId()).filter(enterpriseId::equals).isPresent()) {
            throw findings.invalid("position.siteId", "UnknownSite", "permit.apply.site-unknown");
        }
    }
}
