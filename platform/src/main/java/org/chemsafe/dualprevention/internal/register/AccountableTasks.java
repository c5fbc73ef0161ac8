package org.chemsafe.dualprevention.internal.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.dualprevention.WorkDayType;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.majorhazard.AccountableSource;
import org.chemsafe.majorhazard.MajorHazardAccountability;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a major hazard source's three 包保 accountable people their checklist as inspection tasks of work type 1, 2
 * and 3 (issue 10: "the major hazard source's three responsible people get their checklists (task numbers 1–9,
 * 1–9, 1–10 as the national data expects) as tasks of work type 1/2/3"). Under the risk analysis object it adds (or
 * finds again) a unit for the source's 包保 linked to the source's hazard unit, an event and a control measure, and
 * under the measure one task per checklist item not yet there, assigned to the role's person, from today. Running
 * it again adds only what is missing and reassigns nothing.
 */
@Service
@Transactional
class AccountableTasks {

    static final String UNIT_SUFFIX = " 安全包保";
    static final String EVENT = "重大危险源安全包保责任落实不到位";
    static final String MEASURE = "落实重大危险源安全包保责任，包保责任人按隐患排查任务清单开展排查（应急厅〔2021〕12号）";

    private final RiskRegister register;
    private final RegisterRequests requests;
    private final AccountableChecklist checklist;
    private final MajorHazardAccountability accountability;
    private final FieldRejections rejections;
    private final WorkCalendar calendar;
    private final Clock clock;

    AccountableTasks(RiskRegister register, RegisterRequests requests, AccountableChecklist checklist,
            MajorHazardAccountability accountability, FieldRejections rejections, WorkCalendar calendar,
            Clock clock) {
        this.register = register;
        this.requests = requests;
        this.checklist = checklist;
        this.accountability = accountability;
        this.rejections = rejections;
        this.calendar = calendar;
        this.clock = clock;
    }

    AccountableTasksResult generate(Actor actor, UUID objectId, UUID sourceOrUnitId) {
        RiskObjectView object = register.get(actor, RegisterTables.OBJECTS, objectId);
        AccountableSource source = accountability.accountableSource(object.enterpriseId(), sourceOrUnitId)
                .orElseThrow(() -> rejections.invalid(List.of(rejections.problem("majorHazardSourceId",
                        "dualprevention.accountable.source-unknown"))));
        List<String> missing = new ArrayList<>();
        List<@Nullable UUID> people = Arrays.asList(source.chief(), source.technical(), source.operations());
        for (int role = 0; role < people.size(); role++) {
            if (people.get(role) == null) {
                missing.add(List.of("CHIEF", "TECHNICAL", "OPERATIONS").get(role));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolation("dualprevention.accountable.people-missing", source.unitName(),
                    String.join(", ", missing));
        }
        RiskUnitView unit = unitOf(actor, objectId, source);
        RiskEventView event = register.children(actor, RegisterTables.UNITS, unit.id(), RegisterTables.EVENTS)
                .stream().filter(candidate -> candidate.riskEventName().equals(EVENT)).findFirst()
                .orElseGet(() -> register.create(actor, RegisterTables.UNITS, unit.id(), RegisterTables.EVENTS,
                        RegisterRequests.columns(new RiskEventRequest(EVENT))));
        ControlMeasureView measure = register.children(actor, RegisterTables.EVENTS, event.id(),
                RegisterTables.MEASURES).stream().filter(candidate -> candidate.riskMeasureDesc().equals(MEASURE))
                .findFirst().orElseGet(() -> register.create(actor, RegisterTables.EVENTS, event.id(),
                        RegisterTables.MEASURES, requests.columns(new ControlMeasureRequest(2, MEASURE, "3", "3-4",
                                "包保责任", null))));
        Set<String> existing = register.children(actor, RegisterTables.MEASURES, measure.id(), RegisterTables.TASKS)
                .stream().map(task -> task.workType() + "-" + task.taskNum()).collect(Collectors.toSet());
        LocalDateTime start = LocalDate.ofInstant(clock.instant(), calendar.zone()).atStartOfDay();
        int created = 0;
        for (AccountableChecklist.Item item : checklist.items()) {
            if (existing.contains(item.workType() + "-" + item.taskNum())) {
                continue;
            }
            InspectionTaskRequest task = new InspectionTaskRequest(item.troubleshootContent(), item.checkCycle(),
                    item.checkCycleUnit(), start, null, null, WorkDayType.EVERY_DAY, item.workType(), item.taskNum(),
                    people.get(item.workType() - 1), null);
            register.create(actor, RegisterTables.MEASURES, measure.id(), RegisterTables.TASKS,
                    requests.columns(task, object.enterpriseId()));
            created++;
        }
        return new AccountableTasksResult(unit.id(), measure.id(), created,
                register.children(actor, RegisterTables.MEASURES, measure.id(), RegisterTables.TASKS));
    }

    /** The object's unit for the source's 包保 (named after the source, linked to its hazard unit), made if absent. */
    private RiskUnitView unitOf(Actor actor, UUID objectId, AccountableSource source) {
        String name = source.unitName() + UNIT_SUFFIX;
        return register.children(actor, RegisterTables.OBJECTS, objectId, RegisterTables.UNITS).stream()
                .filter(unit -> unit.riskUnitName().equals(name) && source.unitId().equals(unit.hazardUnitId()))
                .findFirst().orElseGet(() -> register.createUnit(actor, objectId,
                        new RiskUnitRequest(name, null, null, null, source.unitId())));
    }
}
