package org.chemsafe.enterprise.internal.site;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.AreaInfo;
import org.chemsafe.enterprise.SiteAreas;
import org.chemsafe.shared.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Point look-ups: the database narrows a site's areas to those whose bounding box holds the point, JTS decides
 * exactly (boundary included).
 */
@Service
@Transactional(readOnly = true)
class DefaultSiteAreas implements SiteAreas {

    private static final Logger log = LoggerFactory.getLogger(DefaultSiteAreas.class);

    private final AreaRepository areas;
    private final SiteRepository sites;

    DefaultSiteAreas(AreaRepository areas, SiteRepository sites) {
        this.areas = areas;
        this.sites = sites;
    }

    @Override
    public List<AreaInfo> areasAt(UUID siteId, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return List.of();
        }
        return areas.candidatesAt(siteId, x, y).stream().filter(area -> covers(area, x, y))
                .map(DefaultSiteAreas::info).toList();
    }

    @Override
    public Optional<AreaInfo> findArea(UUID areaId) {
        return areas.find(areaId).map(DefaultSiteAreas::info);
    }

    @Override
    public Optional<UUID> enterpriseOfSite(UUID siteId) {
        return sites.findVisible(siteId, DataScope.platform()).map(SiteView::enterpriseId);
    }

    @Override
    public List<AreaInfo> areasOf(UUID siteId) {
        return areas.ofSite(siteId).stream().map(DefaultSiteAreas::info).toList();
    }

    private static boolean covers(AreaView area, double x, double y) {
        try {
            return AreaGeometry.stored(area.polygon()).covers(x, y);
        } catch (RuntimeException ex) {
            log.warn("Area {} has a polygon JTS cannot test: {}", area.id(), ex.getMessage());
            return false;
        }
    }

    private static AreaInfo info(AreaView area) {
        return new AreaInfo(area.id(), area.siteId(), area.enterpriseId(), area.name(), area.kind(),
                area.fireExplosionHazard(), area.areaM2().doubleValue());
    }
}
