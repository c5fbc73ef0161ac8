package org.chemsafe.alarm.internal;

/** The states a list can ask for, each a condition on the stored state (a constant of this class, never input). */
enum AlarmStateFilter {
    /** Not closed. */
    OPEN("not a.closed"),
    /** The condition is present. */
    ACTIVE("not a.closed and a.active"),
    /** Returned to normal, not yet closed. */
    RETURNED("not a.closed and not a.active"),
    UNACKNOWLEDGED("not a.closed and not a.acknowledged"),
    SHELVED("not a.closed and a.shelved_until is not null"),
    SUPPRESSED("not a.closed and a.suppressed_by is not null"),
    OUT_OF_SERVICE("not a.closed and a.out_of_service_since is not null"),
    /** Open and active for more than 24 hours (ISA-18.2's stale alarm, {@link AlarmKpis#STANDING_AFTER}). */
    STANDING("not a.closed and a.active and a.first_raised_at < now() - interval '24 hours'"),
    /** Flagged as chattering, open or closed. */
    CHATTERING("a.chattering"),
    /** Closed (销警). */
    CLOSED("a.closed");

    private final String sql;

    AlarmStateFilter(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
