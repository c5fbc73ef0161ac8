package org.chemsafe.alarm.internal;

import java.time.Instant;

/**
 * An alarm taken out of service (ISA-18.2: removed from operation, e.g. while its instrument is repaired), why and
 * since when. Unlike a shelf it has no expiry: it lasts until someone returns the alarm to service or it is closed.
 */
record OutOfService(String reason, Instant since) {
}
