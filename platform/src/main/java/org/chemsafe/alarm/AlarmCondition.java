package org.chemsafe.alarm;

/**
 * The condition an alarm is in, ranked within its type: {@code HIGH_HIGH} above {@code HIGH}, {@code LOW_LOW} above
 * {@code LOW}. A raise in a higher-ranked condition escalates the open alarm; {@code PRESENT} is the one condition of
 * types without grades (communication loss, flatline, …).
 */
public enum AlarmCondition {
    HIGH(1), HIGH_HIGH(2), LOW(1), LOW_LOW(2), PRESENT(1);

    private final int rank;

    AlarmCondition(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
