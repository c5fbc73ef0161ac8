package org.chemsafe.dualprevention.internal.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.dualprevention.ControlLevel;
import org.chemsafe.dualprevention.RiskColour;
import org.chemsafe.dualprevention.RiskFactor;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;

/** One assessment of a risk event, kept as history: the factors, score and level, when and by whom. */
record RiskAssessmentView(UUID id, UUID enterpriseId, UUID riskEventId, RiskMethod method,
        Map<RiskFactor, BigDecimal> factors, BigDecimal score, RiskLevel riskLevel, RiskColour colour,
        List<ControlLevel> controlLevels, Instant assessedAt, UUID assessedBy) implements RegisterRow {
}
