package org.chemsafe.permit.internal;

/** What a permit record says happened. */
enum PermitRecordKind {
    APPLIED, SIGNED, MEASURES_CONFIRMED, GAS_ANALYSED, STARTED, SUSPENDED, RESUMED, COMPLETED, ACCEPTED, CANCELLED, EXPIRED, REVOKED
}
