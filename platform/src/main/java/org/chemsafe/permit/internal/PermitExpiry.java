package org.chemsafe.permit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the permits whose validity ran out before the work was completed, each in its own transaction, every
 * {@code chemsafe.permits.expiry-check} (one minute by default). Each expiry is a chained record and a
 * {@link org.chemsafe.permit.PermitEnded} event, which the alarm centre turns into an alarm.
 */
@Component
class PermitExpiry {

    /** Permits ended per pass; the next pass takes the rest. */
    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PermitExpiry.class);

    private final PermitRepository permits;
    private final WorkPermits workPermits;
    private final Clock clock;

    PermitExpiry(PermitRepository permits, WorkPermits workPermits, Clock clock) {
        this.permits = permits;
        this.workPermits = workPermits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chemsafe.permits.expiry-check:PT1M}",
            initialDelayString = "${chemsafe.permits.expiry-check:PT1M}")
    void run() {
        expireDue(clock.instant());
    }

    /** Ends every permit due at {@code now}; how many were ended. */
    int expireDue(Instant now) {
        int ended = 0;
        for (UUID id : permits.dueToExpire(now, BATCH)) {
            try {
                ended += workPermits.expireIfDue(id, now) ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.error("could not end permit {} at the end of its validity", id, failed);
            }
        }
        if (ended > 0) {
            LOG.info("{} permits ended at the end of their validity", ended);
        }
        return ended;
    }
}
