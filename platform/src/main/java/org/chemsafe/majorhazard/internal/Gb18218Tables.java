package org.chemsafe.majorhazard.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chemsafe.majorhazard.HazardCategory;

/**
 * The reference data of GB 18218-2018, immutable and validated on load ({@link Gb18218TablesLoader}).
 *
 * @param table1 named substances → Q
 * @param table2 category → Q for substances outside Table 1
 * @param table3 named toxic gases → β
 * @param table4 category → β for substances outside Table 3
 * @param table5 exposed people → α
 */
record Gb18218Tables(Table1 table1, Map<HazardCategory, BigDecimal> table2, List<ToxicGasBeta> table3,
        Map<HazardCategory, BigDecimal> table4, List<AlphaBand> table5) {

    Gb18218Tables {
        table2 = Map.copyOf(table2);
        table3 = List.copyOf(table3);
        table4 = Map.copyOf(table4);
        table5 = List.copyOf(table5);
    }

    /** The Table 3 β of a Table 1 substance, matched by its row. */
    Optional<BigDecimal> table3Beta(Table1Substance row) {
        return table3.stream().filter(gas -> Integer.valueOf(row.seq()).equals(gas.table1Row()))
                .map(ToxicGasBeta::beta).findFirst();
    }

    /** The Table 3 β of a substance outside Table 1, matched by name: 一氧化碳, or 氯化氢 not given as row 11. */
    Optional<BigDecimal> table3Beta(String name) {
        return table3.stream().filter(gas -> Table1.normalize(gas.name()).equals(Table1.normalize(name)))
                .map(ToxicGasBeta::beta).findFirst();
    }

    BigDecimal alpha(int exposedPeople) {
        return table5.stream().filter(band -> band.covers(exposedPeople)).map(AlphaBand::alpha).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no α for " + exposedPeople + " exposed people"));
    }
}
