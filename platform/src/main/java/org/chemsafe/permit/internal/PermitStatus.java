package org.chemsafe.permit.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a permit stands: applied and being signed, approved (every signature of its chain given), in progress,
 * suspended, completed (work finished), closed (完工验收 accepted); or cancelled before it started; or expired: the end
 * of its validity passed before the work was completed (the work must stop; a new permit is needed); or revoked: the
 * guardian took the permit back and stopped the work (4.10, on an abnormal situation or a serious violation).
 */
enum PermitStatus {
    APPLIED, APPROVED, IN_PROGRESS, SUSPENDED, COMPLETED, CLOSED, CANCELLED, EXPIRED, REVOKED;

    /** The statuses in which a permit still allows work, so its validity can run out. */
    static final Set<PermitStatus> RUNNING = EnumSet.of(APPROVED, IN_PROGRESS, SUSPENDED);

    /** The statuses of a permit that is being signed or still allows work: the ones other permits must respect. */
    static final Set<PermitStatus> LIVE = EnumSet.of(APPLIED, APPROVED, IN_PROGRESS, SUSPENDED);
}
