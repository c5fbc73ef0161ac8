package org.chemsafe.permit.internal;

/**
 * Where a permit stands: applied and being signed, approved (every signature of its chain given), in progress,
 * suspended, completed (work finished), closed (完工验收 accepted); or cancelled before it started.
 */
enum PermitStatus {
    APPLIED, APPROVED, IN_PROGRESS, SUSPENDED, COMPLETED, CLOSED, CANCELLED
}
