package org.chemsafe.dualprevention.internal.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.chemsafe.dualprevention.RiskColour;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.jspecify.annotations.Nullable;

/** A risk event with its latest assessment's method, score, level and colour (all null before the first). */
record RiskEventView(UUID id, UUID enterpriseId, UUID riskUnitId, String riskEventName, @Nullable RiskMethod method,
        @Nullable BigDecimal score, @Nullable RiskLevel riskLevel, @Nullable RiskColour colour,
        @Nullable Instant assessedAt) implements RegisterRow {
}
