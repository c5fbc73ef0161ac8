package org.chemsafe.dualprevention.internal;

/** The four colours of risk (四色): red, orange, yellow, blue. */
enum RiskColour {
    RED, ORANGE, YELLOW, BLUE
}
