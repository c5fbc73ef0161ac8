package org.chemsafe.majorhazard;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An active major hazard source with its three 包保 accountable people (应急厅〔2021〕12号 第三条), each null until named.
 *
 * @param unitId   the hazard unit the source is
 * @param unitName the unit's name, as the source shows it
 */
public record AccountableSource(UUID sourceId, UUID enterpriseId, UUID unitId, String unitName,
        @Nullable UUID chief, @Nullable UUID technical, @Nullable UUID operations) {
}
