package org.chemsafe.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the chemicals catalogue. A reference entry ({@code enterpriseId} null) is a row of GB 18218-2018
 * Table 1 and records nothing beyond the standard (no hazard categories, flags false, no physical data). An
 * enterprise entry either names a chemical itself or links to a Table 1 row ({@code referenceChemicalId}), from
 * which it inherits the name, aliases (before its own), CAS numbers, row number and critical quantity.
 *
 * @param casNumbers                   plain CAS numbers; several for some Table 1 rows, none for rows 13, 45, 74
 * @param gb18218Table1Seq             the Table 1 row number (序号), null when the chemical is not in Table 1
 * @param table1CriticalQuantityTonnes Q from Table 1 in tonnes, null when not in Table 1 (then Table 2 applies)
 * @param hazardCategories             GB 18218-2018 Table 2 codes (J1…W11) the enterprise classified it under
 * @param keySupervised                a key-supervised hazardous chemical (重点监管危险化学品)
 * @param highlyToxic                  a highly toxic chemical (剧毒化学品)
 * @param explosivePrecursor           an explosive precursor (易制爆危险化学品)
 * @param density                      density in t/m³, to derive tonnes from a tank's volume
 * @param lel                          lower explosive limit in % by volume
 * @param pcTwa                        occupational exposure limit PC-TWA in mg/m³
 * @param pcStel                       occupational exposure limit PC-STEL in mg/m³
 * @param mac                          maximum allowable concentration MAC in mg/m³
 */
public record ChemicalInfo(UUID id, @Nullable UUID enterpriseId, @Nullable UUID referenceChemicalId, String name,
        List<String> aliases, List<String> casNumbers, @Nullable Integer gb18218Table1Seq,
        @Nullable BigDecimal table1CriticalQuantityTonnes, List<String> hazardCategories, boolean keySupervised,
        boolean highlyToxic, boolean explosivePrecursor, @Nullable BigDecimal density, @Nullable BigDecimal lel,
        @Nullable BigDecimal pcTwa, @Nullable BigDecimal pcStel, @Nullable BigDecimal mac) {

    public ChemicalInfo {
        aliases = List.copyOf(aliases);
        casNumbers = List.copyOf(casNumbers);
        hazardCategories = List.copyOf(hazardCategories);
    }

    /** Whether this is a GB 18218-2018 Table 1 row (read-only reference data). */
    public boolean isReference() {
        return enterpriseId == null;
    }
}
