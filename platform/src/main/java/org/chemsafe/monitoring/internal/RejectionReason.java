package org.chemsafe.monitoring.internal;

/** Why a sample was not stored; every other sample of its request still is. */
enum RejectionReason {
    /** The sample is not a JSON object. */
    MALFORMED_SAMPLE,
    /** No enabled point of the token's enterprise has the tag (another enterprise's tag is unknown too). */
    UNKNOWN_TAG,
    NON_NUMERIC_VALUE,
    NON_FINITE_VALUE,
    MISSING_TS,
    /** Neither ISO-8601 with an offset nor epoch milliseconds. */
    INVALID_TS,
    /** More than {@link TelemetrySettings#maxAhead()} ahead of the platform's clock. */
    TS_IN_FUTURE,
    /** Older than the raw retention: it would go to a partition already dropped. */
    TS_BEYOND_RETENTION
}
