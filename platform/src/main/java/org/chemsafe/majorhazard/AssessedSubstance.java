package org.chemsafe.majorhazard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One substance of an assessment.
 *
 * @param name                   the Table 1 name when it is a Table 1 substance, else the name given (if any)
 * @param cas                    the CAS number given, else the Table 1 row's when it has exactly one
 * @param table1Row              the Table 1 row (序号), null outside Table 1
 * @param quantityTonnes         q, as given
 * @param criticalQuantityTonnes Q
 * @param criticalQuantitySource TABLE_1 or TABLE_2 (4.1.2)
 * @param category               the Table 2 category that set Q (the lowest Q of those given); null for TABLE_1
 * @param beta                   β, null when it cannot be determined
 * @param betaSource             TABLE_3 or TABLE_4, null with β
 * @param betaCategory           the Table 4 category that set β (the highest β of those given); null unless TABLE_4
 * @param ratio                  q/Q, truncated to 4 places
 * @param weightedRatio          β·q/Q, truncated to 4 places; null with β
 */
public record AssessedSubstance(@Nullable String name, @Nullable String cas, @Nullable Integer table1Row,
        BigDecimal quantityTonnes, BigDecimal criticalQuantityTonnes, StandardTable criticalQuantitySource,
        @Nullable HazardCategory category, @Nullable BigDecimal beta, @Nullable StandardTable betaSource,
        @Nullable HazardCategory betaCategory, BigDecimal ratio, @Nullable BigDecimal weightedRatio) {
}
