package org.chemsafe.enterprise.internal.chemical;

import java.math.BigDecimal;

/**
 * A hazard category of GB 18218-2018 Table 2.
 *
 * @param code           the printed code, e.g. {@code W5.4}
 * @param name           the category as the standard describes it (Chinese)
 * @param criticalTonnes the critical quantity Q in tonnes for substances not in Table 1
 */
record HazardCategory(String code, String name, BigDecimal criticalTonnes) {
}
