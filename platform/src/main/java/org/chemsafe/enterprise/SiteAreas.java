package org.chemsafe.enterprise;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The areas of a site for other modules (work permits, positioning): which areas contain a point given in the site's
 * local metre coordinates (x east, y north, the frame the plan is calibrated to). No scope checks here: callers
 * decide what their caller may see.
 */
public interface SiteAreas {

    /**
     * The areas of the site whose polygon contains the point, its boundary included, smallest first (the most
     * specific area leads when areas nest or overlap); empty for an unknown site or a point in no area.
     */
    List<AreaInfo> areasAt(UUID siteId, double x, double y);

    /** Whether the point lies in (or on the boundary of) an area marked as a fire/explosion hazard area. */
    default boolean inFireExplosionHazardArea(UUID siteId, double x, double y) {
        return areasAt(siteId, x, y).stream().anyMatch(AreaInfo::fireExplosionHazard);
    }

    Optional<AreaInfo> findArea(UUID areaId);

    /** The enterprise a site belongs to; empty for an unknown site (or one the database's row security hides). */
    Optional<UUID> enterpriseOfSite(UUID siteId);

    /** Every area of the site, by name. */
    List<AreaInfo> areasOf(UUID siteId);
}
