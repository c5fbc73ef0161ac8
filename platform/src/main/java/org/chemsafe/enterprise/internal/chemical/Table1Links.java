package org.chemsafe.enterprise.internal.chemical;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Creates an enterprise's own entry linked to a GB 18218 Table 1 row, for the platform's own set-up. */
@Component
public class Table1Links {

    private final Chemicals chemicals;
    private final ChemicalCatalogue catalogue;

    Table1Links(Chemicals chemicals, ChemicalCatalogue catalogue) {
        this.chemicals = chemicals;
        this.catalogue = catalogue;
    }

    public UUID link(UUID enterpriseId, String cas, @Nullable BigDecimal density, List<String> hazardCategories) {
        ChemicalInfo row = catalogue.findReferencesByCas(CasNumber.parse(cas)).get(0);
        return chemicals.create(Actor.system(), new ChemicalRequest(enterpriseId, row.id(), null, List.of(), null,
                hazardCategories, false, false, false, density, null, null, null, null)).id();
    }
}
