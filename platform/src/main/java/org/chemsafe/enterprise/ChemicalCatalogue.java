package org.chemsafe.enterprise;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The chemicals catalogue for other modules: the 85 substances of GB 18218-2018 Table 1 and the chemicals the
 * enterprises define. Lookups here ignore data scopes: callers accept only Table 1 rows and their own enterprise's
 * chemicals (the database's row-level security also hides other enterprises' during a request). Lookups by CAS number or name answer lists, because Table 1 shares some
 * between rows (9004-70-0 for rows 37–42, the alias 硝化棉 for rows 37–41, 6484-52-2 for rows 43 and 44).
 */
public interface ChemicalCatalogue {

    /** Any entry, reference or enterprise-defined. */
    Optional<ChemicalInfo> find(UUID id);

    /** The Table 1 rows listing this CAS number, by row number. */
    List<ChemicalInfo> findReferencesByCas(CasNumber cas);

    /** The Table 1 rows with exactly this name or alias (surrounding blanks ignored), by row number. */
    List<ChemicalInfo> findReferencesByName(String nameOrAlias);

    /** All Table 1 rows, by row number. */
    List<ChemicalInfo> references();
}
