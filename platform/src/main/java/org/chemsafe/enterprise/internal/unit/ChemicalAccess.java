package org.chemsafe.enterprise.internal.unit;

import java.util.UUID;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.shared.ProblemException;
import org.springframework.stereotype.Component;

/** A unit may hold reference chemicals (GB 18218 Table 1) and its own enterprise's chemicals, no others. */
@Component
class ChemicalAccess {

    private final ChemicalCatalogue catalogue;

    ChemicalAccess(ChemicalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    ChemicalInfo checkUsable(UUID chemicalId, UUID enterpriseId) {
        return catalogue.find(chemicalId)
                .filter(chemical -> chemical.isReference() || enterpriseId.equals(chemical.enterpriseId()))
                .orElseThrow(() -> ProblemException.ruleViolation("unit.chemical.unknown", chemicalId));
    }
}
