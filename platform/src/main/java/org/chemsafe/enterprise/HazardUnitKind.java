package org.chemsafe.enterprise;

/**
 * Kinds of hazard units (GB 18218-2018 clause 3): a production unit (3.5), the storage units tank farm (bounded by
 * its bund) and warehouse (each building) (3.6), and the loading rack, which is monitored but is not a unit of the
 * standard and holds no inventory.
 */
public enum HazardUnitKind {
    PRODUCTION_UNIT,
    TANK_FARM,
    WAREHOUSE,
    LOADING_RACK;

    /** Whether GB 18218 identification applies (production and storage units). */
    public boolean isIdentified() {
        return this != LOADING_RACK;
    }
}
