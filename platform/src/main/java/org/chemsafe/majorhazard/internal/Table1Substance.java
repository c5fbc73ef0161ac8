package org.chemsafe.majorhazard.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One row of GB 18218-2018 Table 1.
 *
 * @param seq            the row number (序号) 1–85
 * @param name           the printed name and note, e.g. {@code 甲醛（含量＞90%）}
 * @param otherNames     the names it is also known by: the aliases, and the parts of a name listing several
 *                       substances ({@code 甲烷，天然气} → 甲烷, 天然气)
 * @param casNumbers     its CAS numbers, none for rows 13, 45 and 74
 * @param criticalTonnes the critical quantity Q in tonnes
 */
record Table1Substance(int seq, String name, List<String> otherNames, List<String> casNumbers,
        BigDecimal criticalTonnes) {

    /** The row's CAS number when it has exactly one. */
    Optional<String> soleCas() {
        return casNumbers.size() == 1 ? Optional.of(casNumbers.get(0)) : Optional.empty();
    }
}
