package org.chemsafe.dualprevention.internal.register;

import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.RiskColour;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.enterprise.AreaKind;
import org.jspecify.annotations.Nullable;

/**
 * The 四色图 of a site: each area of its plan with the highest current level of the risk events of the units that lie
 * in it (none while no unit or no assessed event lies there) and its colour, with the counts behind it.
 */
record RiskMapView(UUID siteId, List<AreaRisk> areas) {

    /** One area: its level and colour, its units, its events, and its assessed events per level. */
    record AreaRisk(UUID areaId, String name, AreaKind kind, @Nullable RiskLevel level, @Nullable RiskColour colour,
            int units, int events, int major, int high, int medium, int low) {
    }
}
