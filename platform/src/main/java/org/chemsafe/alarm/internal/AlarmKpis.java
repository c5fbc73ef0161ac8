package org.chemsafe.alarm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alarm KPI report of the caller's scope (or one enterprise in it) over a range: by default the last 7 days, at
 * most {@link #LONGEST} (a quarter). The periods are EEMUA 191's 10 minutes counted from the range's start; a period
 * with more raises than the flood threshold ({@code chemsafe.alarm.flood-threshold}, 10) is in flood. The rates are
 * the scope's (ISA-18.2's targets are per operator position: an enterprise with several control rooms divides them).
 */
@Service
@Transactional(readOnly = true)
class AlarmKpis {

    static final Duration PERIOD = Duration.ofMinutes(10);
    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    static final Duration LONGEST = Duration.ofDays(92);
    /** ISA-18.2's stale alarm: active for more than 24 hours. */
    static final Duration STANDING_AFTER = Duration.ofHours(24);
    static final int MOST_FREQUENT = 10;

    private final AlarmKpiRepository kpis;
    private final EnterpriseAccess access;
    private final EnterpriseDirectory enterprises;
    private final AlarmSettings settings;
    private final Problems problems;
    private final Clock clock;

    AlarmKpis(AlarmKpiRepository kpis, EnterpriseAccess access, EnterpriseDirectory enterprises,
            AlarmSettings settings, Problems problems, Clock clock) {
        this.kpis = kpis;
        this.access = access;
        this.enterprises = enterprises;
        this.settings = settings;
        this.problems = problems;
        this.clock = clock;
    }

    AlarmKpiReport report(Actor actor, @Nullable Instant from, @Nullable Instant to, @Nullable UUID enterpriseId) {
        Instant now = clock.instant();
        Instant end = to == null ? now : to;
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : from;
        if (!start.isBefore(end)) {
            throw problems.invalid("to", "alarm.range-empty", start, end);
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw problems.invalid("from", "alarm.kpi.range-too-long", LONGEST.toDays());
        }
        UUID enterprise = enterpriseId == null ? null : access.readableFor(actor, enterpriseId);
        AlarmKpiRepository.Range range = new AlarmKpiRepository.Range(start, end, enterprise);

        long periods = (Duration.between(start, end).toSeconds() + PERIOD.toSeconds() - 1) / PERIOD.toSeconds();
        Map<Long, Long> perPeriod = kpis.raisesPerPeriod(actor.scope(), range, PERIOD);
        long raises = perPeriod.values().stream().mapToLong(Long::longValue).sum();
        Map.Entry<Long, Long> peak = perPeriod.entrySet().stream()
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .orElse(null);
        long floods = perPeriod.values().stream().filter(count -> count > settings.floodThreshold()).count();

        List<AlarmKpiReport.FrequentAlarm> frequent = kpis.mostFrequent(actor.scope(), range, MOST_FREQUENT).stream()
                .map(alarm -> new AlarmKpiReport.FrequentAlarm(alarm.originatorType(), alarm.originatorId(),
                        alarm.label(), alarm.type(), alarm.raises(), share(alarm.raises(), raises)))
                .toList();
        long frequentRaises = frequent.stream().mapToLong(AlarmKpiReport.FrequentAlarm::annunciations).sum();

        AlarmKpiRepository.MeanDelay acknowledge = kpis.meanDelay(actor.scope(), range, TransitionKind.ACKNOWLEDGED,
                List.of(TransitionKind.RAISED, TransitionKind.ESCALATED));
        AlarmKpiRepository.MeanDelay returns = kpis.meanDelay(actor.scope(), range, TransitionKind.RETURNED,
                List.of(TransitionKind.RAISED));
        List<AlarmKpiRepository.EnterpriseCounts> counts = kpis.perEnterprise(actor.scope(), range,
                now.minus(STANDING_AFTER));
        Map<UUID, String> names = enterprises.namesOf(counts.stream()
                .map(AlarmKpiRepository.EnterpriseCounts::enterpriseId).collect(Collectors.toSet()));

        Instant peakStart = peak == null ? null : start.plus(PERIOD.multipliedBy(peak.getKey()));
        return new AlarmKpiReport(start, end, periods, raises, (double) raises / periods,
                peak == null ? 0 : peak.getValue(), peakStart,
                settings.floodThreshold(), floods, share(floods, periods), frequent, share(frequentRaises, raises),
                kpis.chattering(actor.scope(), range),
                counts.stream().mapToLong(AlarmKpiRepository.EnterpriseCounts::standing).sum(), acknowledge.steps(),
                acknowledge.seconds(), returns.steps(), returns.seconds(),
                counts.stream().map(count -> new AlarmKpiReport.EnterpriseAlarms(count.enterpriseId(),
                        names.get(count.enterpriseId()), count.raises(), count.open(), count.unacknowledged(),
                        count.standing())).toList());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
