package org.chemsafe.simulator;

/** The registry object a point is installed on, by its kind and code (a tank's code, a unit's code). */
public record PlantObject(Kind kind, String code) {

    /** The kinds of object the demo plant's points are installed on. */
    public enum Kind { TANK, PRODUCTION_UNIT, WAREHOUSE }

    public static PlantObject tank(String code) {
        return new PlantObject(Kind.TANK, code);
    }

    public static PlantObject productionUnit(String code) {
        return new PlantObject(Kind.PRODUCTION_UNIT, code);
    }

    public static PlantObject warehouse(String code) {
        return new PlantObject(Kind.WAREHOUSE, code);
    }
}
