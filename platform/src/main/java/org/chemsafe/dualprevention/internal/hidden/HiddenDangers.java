package org.chemsafe.dualprevention.internal.hidden;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.photo.Photos;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hidden dangers (隐患治理): reported in the caller's own enterprise (or the one a platform or government user
 * names), read in the caller's scope, and moved through their lifecycle one step at a time as
 * {@link HiddenDangerLifecycle} allows, each step under the row's lock and written to the history. A step the
 * lifecycle refuses is a 422 problem naming the rule. "Today" (for deadlines and overdue) is the plant's day.
 */
@Service
@Transactional
public class HiddenDangers {

    static final String RESOURCE = "hidden-danger";
    static final String REPORT = "REPORT";

    private final HiddenDangerRepository dangers;
    private final HiddenDangerCodes codes;
    private final FieldRejections rejections;
    private final EnterpriseAccess access;
    private final Photos photos;
    private final WorkCalendar calendar;
    private final Clock clock;

    HiddenDangers(HiddenDangerRepository dangers, HiddenDangerCodes codes, FieldRejections rejections,
            EnterpriseAccess access, Photos photos, WorkCalendar calendar, Clock clock) {
        this.dangers = dangers;
        this.codes = codes;
        this.rejections = rejections;
        this.access = access;
        this.photos = photos;
        this.calendar = calendar;
        this.clock = clock;
    }

    HiddenDangerView report(Actor actor, HiddenDangerReport report) {
        List<FieldProblem> problems = codeProblems(report, "");
        if (!problems.isEmpty()) {
            throw rejections.invalid(problems);
        }
        UUID enterpriseId = access.ownerFor(actor, report.enterpriseId());
        UUID measure = report.riskMeasureId();
        problems.addAll(photos.unknown(enterpriseId, photosOf(report), "dangerImg"));
        if (measure != null && !dangers.measureVisible(measure, DataScope.enterprise(enterpriseId))) {
            problems.add(rejections.problem("riskMeasureId", "dualprevention.hidden.risk-measure"));
        }
        if (!problems.isEmpty()) {
            throw rejections.invalid(problems);
        }
        return insert(actor, enterpriseId, measure, null, report);
    }

    /**
     * A hidden danger found by an inspection and reported with its record (national checkRecordId): it belongs to
     * the task's enterprise and measure, so the report names neither. Rejections name their field under
     * {@code field} (e.g. {@code hiddenDanger.dangerSrc}).
     */
    public HiddenDangerView reportFound(Actor actor, UUID enterpriseId, UUID riskMeasureId, UUID checkRecordId,
            HiddenDangerReport report, String field) {
        String prefix = field + ".";
        List<FieldProblem> problems = codeProblems(report, prefix);
        problems.addAll(photos.unknown(enterpriseId, photosOf(report), prefix + "dangerImg"));
        if (report.enterpriseId() != null) {
            problems.add(rejections.problem(prefix + "enterpriseId", "dualprevention.record.danger-from-task"));
        }
        if (report.riskMeasureId() != null) {
            problems.add(rejections.problem(prefix + "riskMeasureId", "dualprevention.record.danger-from-task"));
        }
        if (!problems.isEmpty()) {
            throw rejections.invalid(problems);
        }
        return insert(actor, enterpriseId, riskMeasureId, checkRecordId, report);
    }

    private List<FieldProblem> codeProblems(HiddenDangerReport report, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!codes.isSource(report.dangerSrc())) {
            problems.add(rejections.problem(prefix + "dangerSrc", "dualprevention.hidden.danger-src"));
        }
        if (!codes.isType(report.hazardDangerType())) {
            problems.add(rejections.problem(prefix + "hazardDangerType", "dualprevention.hidden.hazard-danger-type"));
        }
        return problems;
    }

    private static List<UUID> photosOf(HiddenDangerReport report) {
        return report.dangerImg() == null ? List.of() : report.dangerImg();
    }

    private HiddenDangerView insert(Actor actor, UUID enterpriseId, @Nullable UUID measure,
            @Nullable UUID checkRecordId, HiddenDangerReport report) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("enterprise_id", enterpriseId);
        row.put("risk_measure_id", measure);
        row.put("check_record_id", checkRecordId);
        row.put("hazard_code", blankToNull(report.hazardCode()));
        row.put("danger_name", report.dangerName().strip());
        row.put("danger_src", report.dangerSrc());
        row.put("hazard_danger_type", report.hazardDangerType());
        row.put("danger_desc", report.dangerDesc().strip());
        row.put("danger_reason", blankToNull(report.dangerReason()));
        row.put("danger_img", photosOf(report).toArray(UUID[]::new));
        row.put("registrant", actor.name());
        row.put("regist_time", java.sql.Timestamp.from(now));
        row.put("status", HiddenDangerStatus.REPORTED.name());
        row.put("danger_accept_img", new UUID[0]);
        row.put("updated_at", java.sql.Timestamp.from(now));
        dangers.insert(row);
        dangers.append(id, enterpriseId, new HiddenDangerStep(REPORT, null, HiddenDangerStatus.REPORTED, actor.id(),
                actor.name(), now, null));
        return dangers.findVisible(id, DataScope.enterprise(enterpriseId), today()).orElseThrow();
    }

    @Transactional(readOnly = true)
    PageResult<HiddenDangerView> list(Actor actor, HiddenDangerFilter filter, PageQuery page) {
        return dangers.search(actor.scope(), filter, today(), page);
    }

    @Transactional(readOnly = true)
    HiddenDangerView get(Actor actor, UUID id) {
        return dangers.findVisible(id, actor.scope(), today()).orElseThrow(() -> ProblemException.notFound(RESOURCE,
                id));
    }

    @Transactional(readOnly = true)
    List<HiddenDangerStep> history(Actor actor, UUID id) {
        get(actor, id);
        return dangers.history(id, actor.scope());
    }

    /** The enterprise's hidden dangers due, accepted, reported and overdue in the period from–to (plant days). */
    @Transactional(readOnly = true)
    public RectificationCounts counts(UUID enterpriseId, LocalDate from, LocalDate to) {
        return dangers.counts(enterpriseId, from, to, from.atStartOfDay(calendar.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(calendar.zone()).toInstant(), today());
    }

    /** The open hidden dangers of each enterprise of the scope that has any, today (plant time). */
    public Map<UUID, OpenDangers> open(DataScope scope) {
        return dangers.open(scope, today());
    }

    HiddenDangerView confirm(Actor actor, UUID id, GradingRequest request) {
        if (request.majorCriterion() != null && request.dangerLevel() != DangerLevel.MAJOR) {
            throw rejections.invalid(List.of(rejections.problem("majorCriterion",
                    "dualprevention.hidden.criterion-needs-major")));
        }
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("danger_level", request.dangerLevel().name());
        columns.put("major_criterion", request.majorCriterion());
        return take(actor, id, HiddenDangerAction.CONFIRM,
                danger -> HiddenDangerLifecycle.step(danger.status(), HiddenDangerAction.CONFIRM), columns,
                request.comment());
    }

    HiddenDangerView order(Actor actor, UUID id, OrderRequest request) {
        RectificationOrder order = request.order();
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("danger_manage_type", order.dangerManageType().name());
        columns.put("liable_person", order.liablePerson());
        columns.put("danger_manage_deadline", order.dangerManageDeadline());
        columns.put("control_measures", order.controlMeasures());
        columns.put("cost", order.cost());
        columns.put("contingency_plan", blankToNull(order.contingencyPlan()));
        return take(actor, id, HiddenDangerAction.ORDER, danger -> HiddenDangerLifecycle.order(danger.status(),
                levelOf(danger), order, today()), columns, null);
    }

    HiddenDangerView rectify(Actor actor, UUID id, RectificationReport report) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("danger_accept_img", report.dangerAcceptImg().toArray(UUID[]::new));
        return take(actor, id, HiddenDangerAction.RECTIFY, danger -> {
            List<FieldProblem> unknown = photos.unknown(danger.enterpriseId(), report.dangerAcceptImg(),
                    "dangerAcceptImg");
            if (!unknown.isEmpty()) {
                throw rejections.invalid(unknown);
            }
            return HiddenDangerLifecycle.rectify(danger.status(), report.dangerAcceptImg());
        }, columns, report.comment());
    }

    HiddenDangerView accept(Actor actor, UUID id, AcceptanceRequest request) {
        return take(actor, id, HiddenDangerAction.ACCEPT, danger -> HiddenDangerLifecycle.step(danger.status(),
                HiddenDangerAction.ACCEPT), acceptance(actor, request.checkAcceptComment()),
                request.checkAcceptComment());
    }

    HiddenDangerView sendBack(Actor actor, UUID id, SendBackRequest request) {
        return take(actor, id, HiddenDangerAction.SEND_BACK, danger -> HiddenDangerLifecycle.step(danger.status(),
                HiddenDangerAction.SEND_BACK), acceptance(actor, request.checkAcceptComment()),
                request.checkAcceptComment());
    }

    HiddenDangerView close(Actor actor, UUID id) {
        return take(actor, id, HiddenDangerAction.CLOSE,
                danger -> HiddenDangerLifecycle.step(danger.status(), HiddenDangerAction.CLOSE), new HashMap<>(),
                null);
    }

    /**
     * One step: the danger read in the caller's scope and locked (its enterprise named for the audit before any
     * refusal), the lifecycle's verdict, then the columns, the status and a history row written.
     */
    private HiddenDangerView take(Actor actor, UUID id, HiddenDangerAction action,
            Function<HiddenDangerView, LifecycleVerdict> decide, Map<String, @Nullable Object> columns,
            @Nullable String comment) {
        LocalDate today = today();
        HiddenDangerView danger = dangers.findVisibleForUpdate(id, actor.scope(), today)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        AuditTarget.concerns(danger.enterpriseId());
        LifecycleVerdict verdict = decide.apply(danger);
        HiddenDangerStatus next = verdict.next();
        if (next == null) {
            String rule = String.valueOf(verdict.refusal());
            throw new ProblemException(ProblemType.RULE_VIOLATION, Map.of("rule", rule), rule,
                    verdict.args().toArray());
        }
        Instant now = clock.instant();
        columns.put("status", next.name());
        columns.put("updated_at", java.sql.Timestamp.from(now));
        dangers.update(id, columns);
        dangers.append(id, danger.enterpriseId(), new HiddenDangerStep(action.name(), danger.status(), next,
                actor.id(), actor.name(), now, blankToNull(comment)));
        return dangers.findVisible(id, DataScope.enterprise(danger.enterpriseId()), today).orElseThrow();
    }

    private Map<String, @Nullable Object> acceptance(Actor actor, @Nullable String comment) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("check_accept_person", actor.name());
        columns.put("check_accept_time", java.sql.Timestamp.from(clock.instant()));
        columns.put("check_accept_comment", blankToNull(comment));
        return columns;
    }

    /** A confirmed danger has its grade; the lifecycle refuses an order before confirmation whatever it is. */
    private static DangerLevel levelOf(HiddenDangerView danger) {
        DangerLevel level = danger.dangerLevel();
        return level == null ? DangerLevel.GENERAL : level;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
