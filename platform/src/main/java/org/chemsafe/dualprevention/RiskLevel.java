package org.chemsafe.dualprevention;

import java.util.Arrays;
import java.util.List;

/**
 * The four risk levels, most severe first, with their colour and the highest level that controls them (domain file
 * §4): 重大 red and 较大 orange from the company down, 一般 yellow from the workshop down, 低 blue by the team and the
 * post. A risk controlled at one level is controlled at every level below it as well (the source's "公司级起全层级管控").
 */
public enum RiskLevel {
    /** 重大风险. */
    MAJOR(RiskColour.RED, ControlLevel.COMPANY),
    /** 较大风险. */
    HIGH(RiskColour.ORANGE, ControlLevel.COMPANY),
    /** 一般风险. */
    MEDIUM(RiskColour.YELLOW, ControlLevel.WORKSHOP),
    /** 低风险. */
    LOW(RiskColour.BLUE, ControlLevel.TEAM);

    private final RiskColour colour;
    private final ControlLevel controlLevel;

    RiskLevel(RiskColour colour, ControlLevel controlLevel) {
        this.colour = colour;
        this.controlLevel = controlLevel;
    }

    public RiskColour colour() {
        return colour;
    }

    /** The highest organisational level responsible for the risk. */
    public ControlLevel controlLevel() {
        return controlLevel;
    }

    /** The levels that control the risk: {@link #controlLevel()} and every level below it, highest first. */
    public List<ControlLevel> controlLevels() {
        return Arrays.stream(ControlLevel.values()).filter(level -> level.compareTo(controlLevel) >= 0).toList();
    }
}
