package org.chemsafe.dualprevention.internal;

import java.time.ZonedDateTime;

/** One due window of an inspection task: the check is due from {@code start} and missed (未排查) at {@code end}. */
record Occurrence(ZonedDateTime start, ZonedDateTime end) {
}
