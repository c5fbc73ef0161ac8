package org.chemsafe.permit.internal;

/** The nine objective fall-hazard factors of GB 30871-2022 8.1.2, in the standard's order. */
enum HeightHazardFactor {
    /** (1) gusts of force 5 (8.0 m/s) or more. */
    GUST_WIND,
    /** (2) an average temperature of 5 °C or below. */
    LOW_TEMPERATURE,
    /** (3) contact with water of 12 °C or below. */
    COLD_WATER,
    /** (4) slippery surfaces. */
    SLIPPERY,
    /** (5) poor light. */
    POOR_LIGHT,
    /** (6) closer to live conductors than Table 1 allows. */
    NEAR_LIVE_CONDUCTOR,
    /** (7) unstable or tiny footing (a side under 500 mm). */
    UNSTABLE_FOOTING,
    /** (8) toxic gas or oxygen below 19.5 %. */
    TOXIC_OR_LOW_OXYGEN,
    /** (9) a disaster environment or disaster rescue. */
    DISASTER
}
