package org.chemsafe.alarm.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with alarms: list and read them in their scope, acknowledge, shelve, unshelve and dispose. Each
 * step reads the alarm in the caller's scope under its row lock (another enterprise's alarm is a 404), names its
 * enterprise for the audit, asks the {@link AlarmLifecycle}, and records the transition with who and when; a step
 * the lifecycle refuses is a 409 problem with the reason. Disposal closes the alarm (销警).
 */
@Service
@Transactional
class Alarms {

    static final String RESOURCE = "alarm";

    private final AlarmRepository alarms;
    private final OpenAlarms open;
    private final AlarmSettings settings;
    private final Problems problems;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;

    Alarms(AlarmRepository alarms, OpenAlarms open, AlarmSettings settings, Problems problems,
            EnterpriseDirectory enterprises, Clock clock) {
        this.alarms = alarms;
        this.enterprises = enterprises;
        this.open = open;
        this.settings = settings;
        this.problems = problems;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<AlarmView> list(Actor actor, AlarmFilter filter, PageQuery page) {
        PageResult<AlarmRecord> found = alarms.search(actor.scope(), checked(filter), page);
        Map<UUID, String> names = namesOf(found.content());
        return found.map(alarm -> AlarmView.of(alarm, names.get(alarm.enterpriseId())));
    }

    /** The alarms of the ledger: the list's, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<AlarmView> ledger(Actor actor, AlarmFilter filter, int limit) {
        List<AlarmRecord> found = alarms.ledger(actor.scope(), checked(filter), limit);
        Map<UUID, String> names = namesOf(found);
        return found.stream().map(alarm -> AlarmView.of(alarm, names.get(alarm.enterpriseId()))).toList();
    }

    private AlarmFilter checked(AlarmFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw problems.invalid("to", "alarm.range-empty", filter.from(), filter.to());
        }
        return filter;
    }

    private Map<UUID, String> namesOf(List<AlarmRecord> found) {
        return enterprises.namesOf(found.stream().map(AlarmRecord::enterpriseId).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    AlarmDetail get(Actor actor, UUID id) {
        AlarmRecord alarm = alarms.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        return new AlarmDetail(view(alarm), alarms.transitions(id, actor.scope()));
    }

    AlarmDetail acknowledge(Actor actor, UUID id, AcknowledgeRequest request) {
        return detail(step(actor, id, AlarmLifecycle::acknowledge, request.comment(), null));
    }

    AlarmDetail shelve(Actor actor, UUID id, ShelveRequest request) {
        Instant now = clock.instant();
        if (!request.until().isAfter(now)) {
            throw problems.invalid("until", "alarm.shelf.until-past", request.until());
        }
        if (request.until().isAfter(now.plus(settings.maxShelf()))) {
            throw problems.invalid("until", "alarm.shelf.until-too-far", settings.maxShelf().toHours());
        }
        Shelf shelf = new Shelf(request.reason().strip(), request.until());
        return detail(step(actor, id, state -> AlarmLifecycle.shelve(state, shelf), shelf.reason(), null));
    }

    AlarmDetail unshelve(Actor actor, UUID id) {
        return detail(step(actor, id, AlarmLifecycle::unshelve, null, null));
    }

    AlarmDetail takeOutOfService(Actor actor, UUID id, OutOfServiceRequest request) {
        OutOfService outOfService = new OutOfService(request.reason().strip(), clock.instant());
        return detail(step(actor, id, state -> AlarmLifecycle.takeOutOfService(state, outOfService),
                outOfService.reason(), null));
    }

    AlarmDetail returnToService(Actor actor, UUID id) {
        return detail(step(actor, id, AlarmLifecycle::returnToService, null, null));
    }

    AlarmDetail dispose(Actor actor, UUID id, DisposeRequest request) {
        Disposal disposal = new Disposal(request.causeCategory(), request.measures().strip(),
                request.attachments() == null ? List.of()
                        : request.attachments().stream().map(String::strip).toList(),
                actor.id(), actor.name(), clock.instant());
        AlarmRecord closed = step(actor, id, AlarmLifecycle::dispose, disposal.measures(), disposal);
        open.closed(closed.key(), id);
        return detail(new AlarmRecord(closed.id(), closed.enterpriseId(), closed.originator(), closed.label(),
                closed.type(), closed.state(), closed.links(), closed.chattering(), disposal));
    }

    /**
     * One step on the locked alarm: the lifecycle's verdict, then the disposal (if the step is one), the state and
     * its transitions written.
     */
    private AlarmRecord step(Actor actor, UUID id, Function<AlarmState, LifecycleVerdict> decide,
            @Nullable String comment, @Nullable Disposal disposal) {
        AlarmRecord alarm = alarms.findVisibleForUpdate(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        AuditTarget.concerns(alarm.enterpriseId());
        LifecycleVerdict verdict = decide.apply(alarm.state());
        AlarmRefusal refusal = verdict.refusal();
        if (refusal != null) {
            throw new ProblemException(ProblemType.CONFLICT, Map.of("reason", refusal.name()), refusal.messageKey());
        }
        if (disposal != null) {
            alarms.recordDisposal(id, disposal);
        }
        Instant now = clock.instant();
        AlarmRecord next = alarm.with(verdict.state());
        alarms.save(next, verdict.transitions().stream().map(kind -> new Transition(kind, now, actor.id(),
                actor.name(), next.state().condition(), next.state().severity(), comment)).toList(), now);
        return next;
    }

    private AlarmDetail detail(AlarmRecord alarm) {
        return new AlarmDetail(view(alarm),
                alarms.transitions(alarm.id(), DataScope.enterprise(alarm.enterpriseId())));
    }

    private AlarmView view(AlarmRecord alarm) {
        return AlarmView.of(alarm, enterprises.namesOf(Set.of(alarm.enterpriseId())).get(alarm.enterpriseId()));
    }
}
