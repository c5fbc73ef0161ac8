package org.chemsafe.dualprevention.internal.inspection;

import java.time.Instant;
import java.util.UUID;

/** What the occurrence states need of a record: its id, the window it names and its result. */
record RecordedCheck(UUID id, Instant windowStart, CheckStatus status) {
}
