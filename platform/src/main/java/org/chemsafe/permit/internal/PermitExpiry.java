package org.chemsafe.permit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.alarm.OriginatorType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the permits whose validity ran out before the work was completed, each in its own transaction, every
 * {@code chemsafe.permits.expiry-check} (one minute by default). Each expiry is a chained record, a
 * {@link org.chemsafe.permit.PermitEnded} event and an orange {@link AlarmType#PERMIT_EXPIRED} alarm of the permit in
 * the alarm centre (raised and returned at once: people acknowledge it and record what they did).
 */
@Component
class PermitExpiry {

    /** Permits ended per pass; the next pass takes the rest. */
    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PermitExpiry.class);

    private final PermitRepository permits;
    private final WorkPermits workPermits;
    private final AlarmCentre alarms;
    private final Clock clock;

    PermitExpiry(PermitRepository permits, WorkPermits workPermits, AlarmCentre alarms, Clock clock) {
        this.permits = permits;
        this.workPermits = workPermits;
        this.alarms = alarms;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chemsafe.permits.expiry-check:PT1M}",
            initialDelayString = "${chemsafe.permits.expiry-check:PT1M}")
    void run() {
        expireDue(clock.instant());
    }

    /** Ends every permit due at {@code now}; how many were ended. */
    int expireDue(Instant now) {
        List<AlarmSignal> signals = new ArrayList<>();
        for (UUID id : permits.dueToExpire(now, BATCH)) {
            try {
                workPermits.expireIfDue(id, now).ifPresent(expired -> {
                    UUID enterprise = expired.enterpriseId();
                    Originator permit = new Originator(OriginatorType.PERMIT, id);
                    signals.add(new AlarmSignal.Raise(enterprise, permit, expired.number(), AlarmType.PERMIT_EXPIRED,
                            AlarmCondition.PRESENT, AlarmSeverity.MAJOR, null, List.of(), null, now));
                    signals.add(new AlarmSignal.Return(enterprise, permit, AlarmType.PERMIT_EXPIRED, now));
                });
            } catch (RuntimeException failed) {
                LOG.error("could not end permit {} at the end of its validity", id, failed);
            }
        }
        if (!signals.isEmpty()) {
            alarms.apply(signals);
            LOG.info("{} permits ended at the end of their validity", signals.size() / 2);
        }
        return signals.size() / 2;
    }
}
