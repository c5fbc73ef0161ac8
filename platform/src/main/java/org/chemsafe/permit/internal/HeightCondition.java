package org.chemsafe.permit.internal;

/**
 * The work situations that Table B.1 note 2 of GB 30871-2022 adds to the height grades: each sets the least grade the
 * work gets, whatever the height band and factors give (8.1.3 Table 2).
 */
enum HeightCondition {
    /** Work on a slope steeper than 45°: at least Ⅰ. */
    SLOPE_OVER_45_DEGREES(WorkGrade.I),
    /** On or near openings, pits and wells: at least Ⅱ. */
    OPENING_PIT_OR_WELL(WorkGrade.II),
    /** In flammable, toxic or corrosive zones or near rotating machinery: at least Ⅱ. */
    HAZARDOUS_ZONE_OR_ROTATING_MACHINERY(WorkGrade.II),
    /** On vessels or pipe racks without a platform or guard-rail: at least Ⅱ. */
    NO_PLATFORM_OR_GUARDRAIL(WorkGrade.II),
    /** Inside towers or vessels: at least Ⅱ. */
    INSIDE_TOWER_OR_VESSEL(WorkGrade.II),
    /** Next to vents or stacks: at least Ⅱ. */
    NEAR_VENT_OR_STACK(WorkGrade.II),
    /** High- or low-temperature work: Ⅳ. */
    EXTREME_TEMPERATURE(WorkGrade.IV),
    /** Work in snow or rain: Ⅳ. */
    SNOW_OR_RAIN(WorkGrade.IV),
    /** Work at night under fully artificial light: Ⅳ. */
    NIGHT_ARTIFICIAL_LIGHT(WorkGrade.IV),
    /** Live-conductor work: Ⅳ. */
    LIVE_CONDUCTOR_WORK(WorkGrade.IV),
    /** Suspended work without a foothold: Ⅳ. */
    SUSPENDED(WorkGrade.IV);

    private final WorkGrade leastGrade;

    HeightCondition(WorkGrade leastGrade) {
        this.leastGrade = leastGrade;
    }

    WorkGrade leastGrade() {
        return leastGrade;
    }
}
