package org.chemsafe.alarm.internal;

import java.time.Instant;

/** Why an alarm is shelved (hidden from the console and its notifications) and until when. */
record Shelf(String reason, Instant until) {
}
