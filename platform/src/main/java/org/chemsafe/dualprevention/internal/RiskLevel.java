package org.chemsafe.dualprevention.internal;

/**
 * The four risk levels with their colours and the level the control starts from (section 4 of the domain notes: the
 * colours agree across sources; the control levels follow one implementation: 重大 and 较大 from the company down,
 * 一般 from the workshop, 低 at team and post).
 */
enum RiskLevel {
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

    RiskColour colour() {
        return colour;
    }

    ControlLevel controlLevel() {
        return controlLevel;
    }
}
