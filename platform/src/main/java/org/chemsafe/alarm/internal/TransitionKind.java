package org.chemsafe.alarm.internal;

/**
 * The steps of an alarm's life, recorded append-only with who and when; {@code NOTIFIED}: people were told (the raise,
 * a ladder step, a reminder, standing too long), with whom in the comment; {@code CHATTERING}: the alarm was
 * flagged as chattering (raised again and again within a short time, {@link ChatterWindow}); {@code OUT_OF_SERVICE} and
 * {@code IN_SERVICE}: taken out of service and returned to it.
 */
enum TransitionKind {
    RAISED, ESCALATED, ACKNOWLEDGED, RETURNED, SHELVED, UNSHELVED, DISPOSED, CLOSED, NOTIFIED, CHATTERING, OUT_OF_SERVICE, IN_SERVICE
}
