package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An enterprise of the caller's scope with its active major hazard sources counted by level. */
record EnterpriseSourceCounts(UUID enterpriseId, String enterpriseName, String regionName,
        @Nullable BigDecimal longitude, @Nullable BigDecimal latitude, int level1, int level2, int level3, int level4,
        int unleveled, int incompleteAccountable) {
}
