package org.chemsafe.alarm.internal;

import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;

/** The identity of an open alarm: its originator and type (one open alarm each). */
record AlarmKey(Originator originator, AlarmType type) {
}
