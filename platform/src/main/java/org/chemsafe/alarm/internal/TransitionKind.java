package org.chemsafe.alarm.internal;

/** The steps of an alarm's life, recorded append-only with who and when. */
enum TransitionKind {
    RAISED, ESCALATED, ACKNOWLEDGED, RETURNED, SHELVED, UNSHELVED, DISPOSED, CLOSED
}
