package org.chemsafe.enterprise;

import java.util.UUID;

/**
 * An area drawn on a site plan, as other modules see it: geometry stays inside the enterprise module, which answers
 * point look-ups through {@link SiteAreas}.
 *
 * @param areaM2 the polygon's area in square metres
 */
public record AreaInfo(UUID id, UUID siteId, UUID enterpriseId, String name, AreaKind kind,
        boolean fireExplosionHazard, double areaM2) {
}
