package org.chemsafe.dualprevention.internal.effectiveness;

/**
 * The veto items (否决项) the platform can judge from its own data; any that applies makes α = 0. Which apply is
 * {@link EffectivenessModel} data (the sources list none, domain file §8).
 */
enum VetoItem {
    /** No inspection occurrence fell due in the period: the mechanism did not run. */
    NO_TASKS("veto-no-tasks"),
    /** A 重大 hidden danger due in or before the period is being rectified past its deadline. */
    MAJOR_OVERDUE("veto-major-overdue");

    private final String parameter;

    VetoItem(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
