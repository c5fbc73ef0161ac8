package org.chemsafe.identity.internal;

/** How an audited action ended: done, failed (bad input, conflict, error) or refused (not signed in, no right). */
enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED;

    static AuditOutcome ofStatus(int status) {
        if (status == 401 || status == 403 || status == 423) {
            return DENIED;
        }
        return status < 400 ? SUCCESS : FAILURE;
    }
}
