package org.chemsafe.alarm;

/**
 * The four severities, most severe first, each with the colour of the four-colour scheme regulators use (red,
 * orange, yellow, blue); "the highest severity" is the smallest ordinal.
 */
public enum AlarmSeverity {
    CRITICAL("RED"), MAJOR("ORANGE"), MINOR("YELLOW"), WARNING("BLUE");

    private final String colour;

    AlarmSeverity(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    /** The more severe of the two. */
    public AlarmSeverity atLeast(AlarmSeverity other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
