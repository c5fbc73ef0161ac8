package org.chemsafe.monitoring.internal;

/**
 * What a point measures. Gas detectors read combustible gas in % LEL, toxic gas in ppm or mg/m³ and oxygen in % by
 * volume; {@code SWITCH} is an on/off signal.
 */
enum IndicatorType {
    LEVEL, TEMPERATURE, PRESSURE, FLOW, COMBUSTIBLE_GAS, TOXIC_GAS, OXYGEN, SWITCH, OTHER
}
