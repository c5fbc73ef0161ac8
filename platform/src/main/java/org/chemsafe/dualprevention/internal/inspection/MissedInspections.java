package org.chemsafe.dualprevention.internal.inspection;

import java.sql.Timestamp;
import java.time.Clock;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the alarm centre of inspection occurrences that closed without a record (未排查): each raises and returns a
 * {@code MISSED_INSPECTION} alarm of its task at the window's end (orange for a 包保 task, yellow for a daily one: no
 * standard fixes the colours), an event people acknowledge and dispose. A watermark (the moment up to which closed
 * windows were looked at) is kept in the same transaction as the alarms, so a restart neither repeats nor skips an
 * occurrence; the first run starts from its own time. Runs every {@code chemsafe.dual-prevention.overdue-check}.
 */
@Component
class MissedInspections {

    private static final Logger LOG = LoggerFactory.getLogger(MissedInspections.class);

    private final Rounds rounds;
    private final JdbcClient jdbc;
    private final AlarmCentre alarms;
    private final Clock clock;

    MissedInspections(Rounds rounds, JdbcClient jdbc, AlarmCentre alarms, Clock clock) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.alarms = alarms;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chemsafe.dual-prevention.overdue-check:PT5M}",
            initialDelayString = "${chemsafe.dual-prevention.overdue-check:PT5M}")
    void run() {
        check(clock.instant());
    }

    /** Raises the alarms of the occurrences that closed unrecorded since the watermark, up to {@code now}. */
    @Transactional
    int check(Instant now) {
        Timestamp watermark = jdbc.sql("select checked_until from inspection_missed_watermark where id = 1 for update")
                .query(Timestamp.class).optional().orElse(null);
        if (watermark == null) {
            jdbc.sql("insert into inspection_missed_watermark (id, checked_until) values (1, :now)")
                    .param("now", Timestamp.from(now)).update();
            return 0;
        }
        Instant since = watermark.toInstant();
        if (!now.isAfter(since)) {
            return 0;
        }
        List<AlarmSignal> signals = new ArrayList<>();
        List<RoundOccurrence> missed = rounds.closedUnrecorded(since, now);
        for (RoundOccurrence round : missed) {
            Originator task = new Originator(OriginatorType.TASK, round.checkTaskId());
            Instant closed = round.occurrence().end().toInstant();
            signals.add(new AlarmSignal.Raise(round.enterpriseId(), task, round.troubleshootContent(),
                    AlarmType.MISSED_INSPECTION, AlarmCondition.PRESENT,
                    round.workType() > 0 ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR, null, List.of(), null, closed));
            signals.add(new AlarmSignal.Return(round.enterpriseId(), task, AlarmType.MISSED_INSPECTION, closed));
        }
        alarms.apply(signals);
        jdbc.sql("update inspection_missed_watermark set checked_until = :now where id = 1")
                .param("now", Timestamp.from(now)).update();
        if (!missed.isEmpty()) {
            LOG.info("{} inspection occurrences closed unrecorded, told to the alarm centre", missed.size());
        }
        return missed.size();
    }
}
