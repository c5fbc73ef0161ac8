package org.chemsafe.enterprise.internal.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chemsafe.enterprise.HazardUnitChanged;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.ProductionStatusChanged;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and keeps an enterprise's hazard units: production units with their key-supervised hazardous processes
 * and status history, tank farms, warehouses and loading racks. A unit registered, renamed (code or name) or removed,
 * through the API or an import, is announced as {@link HazardUnitChanged}.
 * <p>
 * Batch imports (see {@code internal.excel}) use the public part: {@link #check} applies the same request constraints
 * and rules as {@link #register} and {@link #update} without writing, and {@link #save} writes a checked draft.
 */
@Service
@Transactional
public class Units {

    private final UnitRepository units;
    private final Clock clock;
    private final EnterpriseAccess access;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final MessageSource messages;

    Units(UnitRepository units, EnterpriseAccess access, ApplicationEventPublisher events, Validator validator,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.access = access;
        this.events = events;
        this.validator = validator;
        this.messages = messages;
    }

    /** A unit as an import row gives it, keyed by its code within the enterprise; blank cells are null. */
    public record Draft(@Nullable HazardUnitKind kind, @Nullable String code, @Nullable String name,
            Set<String> hazardousProcesses, @Nullable ProductionStatus status) {
    }

    /** What saving a draft (unit, tank or inventory item) did. */
    public enum Change {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** The saved row's id and what happened to it. */
    public record Saved(UUID id, Change change) {
    }

    @Transactional(readOnly = true)
    UnitView get(Actor actor, UUID id) {
        UnitView unit = units.findVisible(id, actor.scope()).orElseThrow(() -> ProblemException.notFound("unit", id));
        AuditTarget.concerns(unit.enterpriseId());
        return unit;
    }

    UnitView register(Actor actor, UnitRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        check(enterpriseId, request, null);
        return stored(enterpriseId, insert(actor, enterpriseId, request));
    }

    UnitView update(Actor actor, UUID id, UnitRequest request) {
        UnitView current = get(actor, id);
        if (request.kind() != current.kind()) {
            throw ProblemException.ruleViolation("unit.kind.unchangeable");
        }
        if (request.status() != null && request.status() != current.status()) {
            throw ProblemException.ruleViolation("unit.status.use-status-change");
        }
        check(current.enterpriseId(), request, id);
        units.update(id, request);
        announceIfRenamed(current, request);
        return stored(current.enterpriseId(), id);
    }

    void delete(Actor actor, UUID id) {
        UnitView unit = get(actor, id);
        units.delete(id);
        events.publishEvent(new UnitInventoryChanged(id, unit.enterpriseId()));
        events.publishEvent(new HazardUnitChanged(id, unit.enterpriseId(), unit.code(), unit.name(), unit.kind(), true));
    }

    UnitView changeStatus(Actor actor, UUID id, StatusChangeRequest change) {
        UnitView unit = get(actor, id);
        if (unit.kind() != HazardUnitKind.PRODUCTION_UNIT) {
            throw ProblemException.ruleViolation("unit.status.production-only");
        }
        if (unit.status() == change.status()) {
            throw ProblemException.conflict("unit.status.unchanged", change.status());
        }
        changeStatus(actor, unit.enterpriseId(), id, unit.status(), change.status(), change.reason());
        return stored(unit.enterpriseId(), id);
    }

    @Transactional(readOnly = true)
    List<StatusChange> statusHistory(Actor actor, UUID id) {
        get(actor, id);
        return units.statusHistory(id);
    }

    /**
     * Every problem of a draft for the enterprise, without writing: the constraints of the {@link UnitRequest} it
     * makes and the rules of {@link #register} (no existing unit) or {@link #update} (the existing unit with the
     * draft's code, which keeps its kind and area). A status differing from the existing one is no problem here: an
     * import changes it through the status history ({@link #save}).
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(UUID enterpriseId, Draft draft, @Nullable UUID existingId) {
        UnitView current = existingId == null ? null : stored(enterpriseId, existingId);
        UnitRequest request = request(enterpriseId, draft, current);
        List<FieldProblem> problems = violations(validator, request);
        if (current != null && draft.kind() != null && draft.kind() != current.kind()) {
            problems.add(problem(messages, "kind", ProblemException.ruleViolation("unit.kind.unchangeable")));
        }
        if (draft.kind() != null) {
            rules(enterpriseId, request, existingId).forEach(rule -> problems.add(problem(messages, rule)));
        }
        return problems;
    }

    /**
     * Writes a draft {@link #check} found no problem with: registers a new unit, or updates the existing one when
     * anything differs; a changed status of a production unit is recorded in its history with the reason given.
     */
    public Saved save(Actor actor, UUID enterpriseId, Draft draft, @Nullable UUID existingId, String statusReason) {
        UnitView current = existingId == null ? null : stored(enterpriseId, existingId);
        UnitRequest request = request(enterpriseId, draft, current);
        if (current == null) {
            return new Saved(insert(actor, enterpriseId, request), Change.CREATED);
        }
        boolean changed = false;
        if (renamed(current, request) || !Set.copyOf(current.hazardousProcesses()).equals(request.processes())) {
            units.update(current.id(), request);
            announceIfRenamed(current, request);
            changed = true;
        }
        if (draft.status() != null && current.status() != null && draft.status() != current.status()) {
            changeStatus(actor, enterpriseId, current.id(), current.status(), draft.status(), statusReason);
            changed = true;
        }
        return new Saved(current.id(), changed ? Change.UPDATED : Change.UNCHANGED);
    }

    /** A unit of the enterprise, read in that enterprise's scope (it was just written or checked by the caller). */
    private UnitView stored(UUID enterpriseId, UUID id) {
        return units.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }

    private UUID insert(Actor actor, UUID enterpriseId, UnitRequest request) {
        ProductionStatus status = request.kind() == HazardUnitKind.PRODUCTION_UNIT
                ? (request.status() == null ? ProductionStatus.RUNNING : request.status()) : null;
        UUID id = UUID.randomUUID();
        units.insert(id, enterpriseId, request, status);
        events.publishEvent(new HazardUnitChanged(id, enterpriseId, request.code(), request.name().strip(),
                request.kind(), false));
        if (status != null) {
            changeStatus(actor, enterpriseId, id, null, status, null);
        }
        return id;
    }

    private void changeStatus(Actor actor, UUID enterpriseId, UUID id, @Nullable ProductionStatus from,
            ProductionStatus to, @Nullable String reason) {
        Instant at = clock.instant();
        long sequence = units.changeStatus(id, from, to, actor.name(), reason, at);
        events.publishEvent(new ProductionStatusChanged(id, enterpriseId, to, reason, sequence, at));
    }

    private static boolean renamed(UnitView current, UnitRequest request) {
        return !current.code().equals(request.code()) || !current.name().equals(request.name().strip());
    }

    /** Tells other modules a unit's code or name changed (its kind cannot change). */
    private void announceIfRenamed(UnitView current, UnitRequest request) {
        if (renamed(current, request)) {
            events.publishEvent(new HazardUnitChanged(current.id(), current.enterpriseId(), request.code(),
                    request.name().strip(), current.kind(), false));
        }
    }

    /** The request a draft makes; Bean Validation reports the values it misses. */
    private static UnitRequest request(UUID enterpriseId, Draft draft, @Nullable UnitView current) {
        return new UnitRequest(enterpriseId, draft.kind(), draft.code(), draft.name(),
                current == null ? null : current.areaId(), draft.hazardousProcesses(), draft.status());
    }

    private void check(UUID enterpriseId, UnitRequest request, @Nullable UUID except) {
        List<Rule> broken = rules(enterpriseId, request, except);
        if (!broken.isEmpty()) {
            throw broken.get(0).problem();
        }
    }

    /** The rules a unit request must keep that need stored data, in the order they are checked. */
    private List<Rule> rules(UUID enterpriseId, UnitRequest request, @Nullable UUID except) {
        List<Rule> broken = new ArrayList<>();
        if (units.codeTaken(enterpriseId, request.code(), except)) {
            broken.add(new Rule("code", ProblemException.conflict("unit.code.taken", request.code())));
        }
        if (request.areaId() != null && !units.areaBelongsTo(request.areaId(), enterpriseId)) {
            broken.add(new Rule("areaId", ProblemException.ruleViolation("unit.area.unknown", request.areaId())));
        }
        if (request.kind() != HazardUnitKind.PRODUCTION_UNIT
                && (!request.processes().isEmpty() || request.status() != null)) {
            broken.add(new Rule(request.processes().isEmpty() ? "status" : "hazardousProcesses",
                    ProblemException.ruleViolation("unit.production-only-fields")));
        }
        Set<String> known = request.processes().isEmpty() ? Set.of() : units.knownProcesses();
        for (String process : request.processes()) {
            if (!known.contains(process)) {
                broken.add(new Rule("hazardousProcesses", ProblemException.ruleViolation("unit.process.unknown", process)));
            }
        }
        return broken;
    }

    /** A broken rule and the request field it concerns. */
    record Rule(String field, ProblemException problem) {
    }

    /** The Bean Validation violations of a request, each on its top-level field, as ProblemHandler names them. */
    static List<FieldProblem> violations(Validator validator, Object request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            int end = path.replace('[', '.').indexOf('.');
            problems.add(new FieldProblem(end < 0 ? path : path.substring(0, end),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()));
        }
        return problems;
    }

    static FieldProblem problem(MessageSource messages, Rule rule) {
        return problem(messages, rule.field(), rule.problem());
    }

    /** A rule's problem on a field: its message key is the stable code, its detail in the caller's language. */
    static FieldProblem problem(MessageSource messages, String field, ProblemException problem) {
        return new FieldProblem(field, problem.detailKey(), messages.getMessage(problem.detailKey(),
                problem.detailArgs(), problem.detailKey(), LocaleContextHolder.getLocale()));
    }
}
