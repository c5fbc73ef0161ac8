package org.chemsafe.enterprise.internal.chemical;

/** Which part of the catalogue a search covers: GB 18218 Table 1, the enterprises' own chemicals, or both. */
enum CatalogueSection {
    REFERENCE,
    ENTERPRISE,
    ALL
}
