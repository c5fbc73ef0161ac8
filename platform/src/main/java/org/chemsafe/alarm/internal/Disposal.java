package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How an alarm was disposed of (处置), by whom and when: the record its closing (销警) rests on. */
record Disposal(CauseCategory causeCategory, String measures, List<String> attachments, UUID personId,
        String personName, Instant at) {
}
