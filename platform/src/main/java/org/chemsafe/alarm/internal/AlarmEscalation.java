package org.chemsafe.alarm.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmNotice;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.internal.EscalationRule.Decision;
import org.chemsafe.alarm.internal.EscalationRule.Facts;
import org.chemsafe.alarm.internal.EscalationRule.Notice;
import org.chemsafe.alarm.internal.EscalationRule.Progress;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.majorhazard.MajorHazardAccountability;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation pass: every open alarm against its enterprise's ladder ({@link EscalationRule}), in one transaction
 * of batched statements (the open alarms, the ladders and the progress read in three queries, whatever their number);
 * each notice becomes a {@code NOTIFIED} transition naming whom, an {@link AlarmNotice} event for the notification
 * module (published in the transaction, delivered after commit), and the progress is stored, so a restart tells
 * nobody twice. The 包保 people of a step-3 notice are those of the major hazard sources the alarm's links name.
 */
@Component
class AlarmEscalation {

    /** The link kinds that are hazard units: floods group by them. */
    private static final Set<String> UNIT_KINDS = Arrays.stream(HazardUnitKind.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private static final Locale TEXT = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AlarmRepository alarms;
    private final EscalationRepository escalations;
    private final MajorHazardAccountability accountability;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final AlarmSettings settings;
    private final Clock clock;
    private final FloodWindow floods;

    AlarmEscalation(AlarmRepository alarms, EscalationRepository escalations,
            MajorHazardAccountability accountability, ApplicationEventPublisher events, MessageSource messages,
            TransactionTemplate transactions, AlarmSettings settings, Clock clock) {
        this.alarms = alarms;
        this.escalations = escalations;
        this.accountability = accountability;
        this.events = events;
        this.messages = messages;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.floods = new FloodWindow(settings.floodThreshold(), settings.floodWindow());
    }

    @Scheduled(fixedDelayString = "${chemsafe.alarm.escalation-check:PT15S}")
    void check() {
        if (settings.escalation()) {
            escalate(clock.instant());
        }
    }

    /** One pass at {@code now}; answers the notices published. */
    synchronized int escalate(Instant now) {
        Integer published = transactions.execute(status -> {
            List<AlarmRecord> open = alarms.lockOpenForEscalation();
            Set<UUID> enterprises = new HashSet<>();
            open.forEach(alarm -> enterprises.add(alarm.enterpriseId()));
            Map<UUID, Map<AlarmSeverity, EscalationLadder>> ladders = escalations.ladders(enterprises,
                    DataScope.platform());
            Map<UUID, Progress> progress = escalations.progress(open.stream().map(AlarmRecord::id).toList());
            Map<AlarmRecord, Progress> changed = new LinkedHashMap<>();
            List<AlarmRepository.Appended> transitions = new ArrayList<>();
            List<AlarmNotice> notices = new ArrayList<>();
            Map<String, List<AlarmRecord>> flooded = new LinkedHashMap<>();
            floods.forget(now);
            for (AlarmRecord alarm : open) {
                AlarmState state = alarm.state();
                Progress before = progress.get(alarm.id());
                Decision decision = EscalationRule.decide(before, new Facts(state.active(), state.acknowledged(),
                        state.shelved(), !state.inService(), state.suppressedBy() != null, state.firstRaisedAt()),
                        ladders.get(alarm.enterpriseId()).get(state.severity()), now);
                if (decision.notices().isEmpty()) {
                    continue;
                }
                changed.put(alarm, decision.progress());
                for (Notice notice : decision.notices()) {
                    if (notice.kind() == AlarmNotice.Kind.RAISED && floods.raised(group(alarm), now)) {
                        flooded.computeIfAbsent(group(alarm), key -> new ArrayList<>()).add(alarm);
                        transitions.add(notified(alarm, now, "FLOOD " + String.join(",", notice.roles())));
                        continue;
                    }
                    Set<UUID> people = notice.accountable() ? accountability.accountableUsers(
                            alarm.links().stream().map(AlarmLink::id).toList()) : Set.of();
                    transitions.add(notified(alarm, now, whom(notice, people)));
                    notices.add(notice(alarm, notice, people, now));
                }
            }
            flooded.values().forEach(alarmsOfGroup -> notices.add(flood(alarmsOfGroup, now)));
            escalations.saveProgress(changed);
            alarms.appendAll(transitions);
            notices.forEach(events::publishEvent);
            return notices.size();
        });
        return published == null ? 0 : published;
    }

    private AlarmNotice notice(AlarmRecord alarm, Notice notice, Set<UUID> people, Instant now) {
        AlarmState state = alarm.state();
        String subject = text("alarm.notice.subject", text("alarm.notice.kind." + notice.kind()),
                text("alarm.severity." + state.severity()), text("alarm.type." + alarm.type()),
                text("alarm.condition." + state.condition()), alarm.label());
        String body = text("alarm.notice.body", alarm.id(), alarm.label(),
                TIME.format(state.firstRaisedAt()), Duration.between(state.firstRaisedAt(), now).toMinutes(),
                text(state.acknowledged() ? "alarm.notice.acknowledged" : "alarm.notice.unacknowledged"),
                text(state.active() ? "alarm.notice.active" : "alarm.notice.returned"));
        return new AlarmNotice(UUID.randomUUID(), alarm.enterpriseId(), notice.kind(), alarm.id(), state.severity(),
                subject, body, notice.roles(), people, now);
    }

    /** The alarm's NOTIFIED transition, by the platform, with its note. */
    private static AlarmRepository.Appended notified(AlarmRecord alarm, Instant now, String note) {
        AlarmState state = alarm.state();
        return new AlarmRepository.Appended(alarm.id(), alarm.enterpriseId(), new Transition(TransitionKind.NOTIFIED,
                now, null, Actor.system().name(), state.condition(), state.severity(), note));
    }

    /**
     * The flood group of an alarm: its enterprise and the hazard unit it links (a production unit, tank farm,
     * warehouse or loading rack), else the first plant object it links, else the enterprise alone.
     */
    private static String group(AlarmRecord alarm) {
        AlarmLink object = groupObject(alarm);
        return alarm.enterpriseId() + (object == null ? "" : "/" + object.kind() + ":" + object.id());
    }

    private static @Nullable AlarmLink groupObject(AlarmRecord alarm) {
        return alarm.links().stream().filter(link -> UNIT_KINDS.contains(link.kind())).findFirst()
                .orElse(alarm.links().isEmpty() ? null : alarm.links().get(0));
    }

    /** One message for the new alarms of a group in flood this pass: how many, the most severe, their ids. */
    private AlarmNotice flood(List<AlarmRecord> alarmsOfGroup, Instant now) {
        AlarmRecord first = alarmsOfGroup.get(0);
        AlarmSeverity severity = alarmsOfGroup.stream().map(alarm -> alarm.state().severity())
                .reduce(AlarmSeverity::atLeast).orElseThrow();
        AlarmLink groupObject = groupObject(first);
        String object = groupObject == null ? text("alarm.notice.flood.enterprise")
                : text("alarm.notice.flood.object." + groupObject.kind()) + " " + groupObject.id();
        String subject = text("alarm.notice.flood.subject", text("alarm.notice.kind.FLOOD"),
                text("alarm.severity." + severity), object, alarmsOfGroup.size());
        String body = text("alarm.notice.flood.body", alarmsOfGroup.size(), settings.floodWindow().toMinutes(),
                alarmsOfGroup.stream().map(alarm -> alarm.label() + " " + text("alarm.type." + alarm.type()))
                        .collect(Collectors.joining("；")));
        return new AlarmNotice(UUID.randomUUID(), first.enterpriseId(), AlarmNotice.Kind.FLOOD, null, severity,
                subject, body, EscalationRule.roles(0, 0), Set.of(), now);
    }

    /** The transition's note: the notice, the roles told and how many 包保 people. */
    private static String whom(Notice notice, Set<UUID> people) {
        return notice.kind() + " " + String.join(",", notice.roles())
                + (people.isEmpty() ? "" : " +" + people.size() + " ACCOUNTABLE");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, TEXT);
    }
}
