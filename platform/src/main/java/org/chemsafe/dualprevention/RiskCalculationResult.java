package org.chemsafe.dualprevention;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A calculated risk: the factors' table values, their product (D for LEC, R for LS and MES), the level with its colour
 * and control levels, and the band that gave the level.
 *
 * @param scoreName     D or R, as the method names its score
 * @param controlLevel  the highest organisational level responsible for the risk
 * @param controlLevels that level and every level below it, which all control the risk
 */
public record RiskCalculationResult(RiskMethod method, Map<RiskFactor, BigDecimal> factors, String scoreName,
        BigDecimal score, RiskLevel level, RiskColour colour, ControlLevel controlLevel,
        List<ControlLevel> controlLevels, RiskBands.AppliedRiskBand band) {
}
