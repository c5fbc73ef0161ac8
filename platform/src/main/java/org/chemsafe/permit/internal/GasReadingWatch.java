package org.chemsafe.permit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.alarm.OriginatorType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the work that is monitored for gas continuously (confined space, 6.5; 特级 hot work, 5.3.1 d): while it is
 * in progress a reading is logged at least every {@link #READING_INTERVAL}. Every {@code chemsafe.permits.expiry-check}
 * it raises a red {@link AlarmType#GAS_READING_OVERDUE} alarm of each permit whose last reading is older, and returns
 * it once a reading is logged or the work stops (suspended, completed, taken back, expired).
 */
@Component
class GasReadingWatch {

    /** 6.5, 5.3.1 d: a reading at least every 2 h while the work runs. */
    static final Duration READING_INTERVAL = Duration.ofHours(2);

    private final PermitRepository permits;
    private final AlarmCentre alarms;
    private final Clock clock;

    GasReadingWatch(PermitRepository permits, AlarmCentre alarms, Clock clock) {
        this.permits = permits;
        this.alarms = alarms;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chemsafe.permits.expiry-check:PT1M}",
            initialDelayString = "${chemsafe.permits.expiry-check:PT1M}")
    void run() {
        check(clock.instant());
    }

    /** Raises the overdue readings at {@code now} and returns the others; how many are overdue. */
    int check(Instant now) {
        List<AlarmSignal> signals = new ArrayList<>();
        int overdue = 0;
        for (PermitRepository.MonitoredWork work : permits.monitoredWork(now)) {
            Originator permit = new Originator(OriginatorType.PERMIT, work.id());
            boolean late = work.status() == PermitStatus.IN_PROGRESS && (work.lastReading() == null
                    || work.lastReading().plus(READING_INTERVAL).isBefore(now));
            if (late) {
                overdue++;
                Instant due = work.lastReading() == null ? now : work.lastReading().plus(READING_INTERVAL);
                signals.add(new AlarmSignal.Raise(work.enterpriseId(), permit, work.number(),
                        AlarmType.GAS_READING_OVERDUE, AlarmCondition.PRESENT, AlarmSeverity.CRITICAL, null, List.of(),
                        null, due));
            } else {
                signals.add(new AlarmSignal.Return(work.enterpriseId(), permit, AlarmType.GAS_READING_OVERDUE, now));
            }
        }
        if (!signals.isEmpty()) {
            alarms.apply(signals);
        }
        return overdue;
    }
}
