package org.chemsafe.simulator;

/** What a point measures, named as the platform's indicator types are. */
public enum Indicator {
    LEVEL, TEMPERATURE, PRESSURE, FLOW, COMBUSTIBLE_GAS, TOXIC_GAS, OXYGEN, SWITCH, OTHER
}
