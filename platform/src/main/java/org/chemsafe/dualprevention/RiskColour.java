package org.chemsafe.dualprevention;

/** The colours of the four risk levels on lists and the 四色图 (domain file §4): 红, 橙, 黄, 蓝. */
public enum RiskColour {
    RED, ORANGE, YELLOW, BLUE
}
