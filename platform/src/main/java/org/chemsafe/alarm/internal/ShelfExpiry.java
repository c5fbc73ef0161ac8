package org.chemsafe.alarm.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.chemsafe.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Returns shelved alarms to the console when their shelf runs out: every half minute (by the injected clock) the
 * expired shelves are ended with an {@code UNSHELVED} transition by the platform, at most 500 per run.
 */
@Component
class ShelfExpiry {

    static final String EXPIRED = "shelf expired";

    private final AlarmRepository alarms;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ShelfExpiry(AlarmRepository alarms, TransactionTemplate transactions, Clock clock) {
        this.alarms = alarms;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Ends the shelves expired by now; answers how many. */
    @Scheduled(fixedDelayString = "${chemsafe.alarm.shelf-check-interval:PT30S}")
    int returnExpired() {
        Instant now = clock.instant();
        Integer returned = transactions.execute(status -> {
            List<AlarmRecord> expired = alarms.lockExpiredShelves(now);
            for (AlarmRecord alarm : expired) {
                LifecycleVerdict verdict = AlarmLifecycle.expire(alarm.state(), now);
                AlarmRecord next = alarm.with(verdict.state());
                alarms.save(next, verdict.transitions().stream().map(kind -> new Transition(kind, now, null,
                        Actor.system().name(), next.state().condition(), next.state().severity(), EXPIRED)).toList(),
                        now);
            }
            return expired.size();
        });
        return returned == null ? 0 : returned;
    }
}
