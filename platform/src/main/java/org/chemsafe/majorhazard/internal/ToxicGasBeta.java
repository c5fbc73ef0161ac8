package org.chemsafe.majorhazard.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One row of GB 18218-2018 Table 3 (β of a named toxic gas).
 *
 * @param name      the name printed in Table 3
 * @param table1Row the Table 1 row of the same substance (e.g. 氯化氢 → row 11 氯化氢（无水）); null for 一氧化碳,
 *                  which Table 1 does not list
 * @param beta      β
 */
record ToxicGasBeta(String name, @Nullable Integer table1Row, BigDecimal beta) {
}
