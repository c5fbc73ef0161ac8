package org.chemsafe.alarm.internal;

/** Why the lifecycle refuses a step; each is answered as a 409 problem naming it as {@code reason}. */
enum AlarmRefusal {
    /** The alarm is closed (销警): nothing more happens to it. */
    CLOSED,
    ALREADY_ACKNOWLEDGED,
    ALREADY_SHELVED,
    NOT_SHELVED,
    ALREADY_OUT_OF_SERVICE,
    /** Returning to service an alarm that is in service. */
    IN_SERVICE,
    /** Disposal before the alarm has returned to normal. */
    STILL_ACTIVE,
    /** Disposal before the alarm is acknowledged. */
    UNACKNOWLEDGED;

    String messageKey() {
        return "alarm.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
