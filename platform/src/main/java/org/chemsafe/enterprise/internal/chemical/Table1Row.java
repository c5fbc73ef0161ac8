package org.chemsafe.enterprise.internal.chemical;

import java.math.BigDecimal;
import java.util.List;

import org.chemsafe.enterprise.CasNumber;

/**
 * One row of GB 18218-2018 Table 1.
 *
 * @param seq            the row number (序号) 1–85, which identifies the row across corrections of the table
 * @param name           the printed name with its note, e.g. {@code 甲醛（含量＞90%）}
 * @param aliases        the printed aliases, then the parts of a name listing several substances
 *                       ({@code 甲烷，天然气} → 甲烷, 天然气)
 * @param casNumbers     the CAS numbers without their bracketed notes; none for rows 13, 45 and 74
 * @param criticalTonnes the critical quantity Q in tonnes
 */
record Table1Row(int seq, String name, List<String> aliases, List<CasNumber> casNumbers, BigDecimal criticalTonnes) {

    Table1Row {
        aliases = List.copyOf(aliases);
        casNumbers = List.copyOf(casNumbers);
    }
}
