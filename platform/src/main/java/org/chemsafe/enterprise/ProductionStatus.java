package org.chemsafe.enterprise;

/** Operating status of a production unit: running, stopped, under overhaul, trial production (试生产). */
public enum ProductionStatus {
    RUNNING,
    STOPPED,
    OVERHAUL,
    TRIAL_PRODUCTION
}
