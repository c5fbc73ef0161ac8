package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.OriginatorType;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which alarms a list or the ledger shows (bound from the query parameters of the same names); every part optional.
 * {@code q} is found in the originator's label (a point's tag or name, a permit's number). {@code from} and
 * {@code to} keep the alarms whose time overlaps [from, to): first raised before {@code to}, last seen at or after
 * {@code from}.
 */
record AlarmFilter(@Nullable @Size(max = 100) String q, @Nullable AlarmStateFilter state, @Nullable AlarmSeverity severity,
        @Nullable AlarmType type, @Nullable UUID enterpriseId, @Nullable OriginatorType originatorType,
        @Nullable UUID originatorId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to) {
}
