package org.chemsafe.enterprise.internal.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.AreaKind;

/**
 * An area as the area endpoints answer: the polygon in local metres ({@code [[x, y], ...]}, ring not repeated), its
 * area in m² and a point inside it to put the label at.
 */
record AreaView(UUID id, UUID siteId, UUID enterpriseId, String name, AreaKind kind, boolean fireExplosionHazard,
        List<double[]> polygon, BigDecimal areaM2, double[] labelPoint) {
}
