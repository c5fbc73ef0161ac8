package org.chemsafe.enterprise;

import java.util.UUID;

/**
 * An enterprise's chemical changed (its density, hazard categories or Table 1 link), which may change the
 * quantities derived from tanks and the critical quantity and β of every unit holding it.
 */
public record ChemicalChanged(UUID chemicalId, UUID enterpriseId) {
}
