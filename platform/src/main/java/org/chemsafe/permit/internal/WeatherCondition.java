package org.chemsafe.permit.internal;

/** Weather that stops outdoor height work (thick fog, 8.2.6) or lifting (heavy snow, rainstorm, dense fog, 9.2.4). */
enum WeatherCondition {
    DENSE_FOG, HEAVY_SNOW, RAINSTORM
}
