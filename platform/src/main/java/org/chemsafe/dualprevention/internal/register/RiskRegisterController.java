package org.chemsafe.dualprevention.internal.register;

import static org.chemsafe.dualprevention.internal.register.RegisterTables.EVENTS;
import static org.chemsafe.dualprevention.internal.register.RegisterTables.MEASURES;
import static org.chemsafe.dualprevention.internal.register.RegisterTables.OBJECTS;
import static org.chemsafe.dualprevention.internal.register.RegisterTables.TASKS;
import static org.chemsafe.dualprevention.internal.register.RegisterTables.UNITS;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The risk register: risk analysis objects → units → events (with their assessments) → control measures →
 * inspection tasks, each read in the caller's scope and written under a parent the caller can see.
 */
@RestController
@Tag(name = "Dual prevention")
class RiskRegisterController {

    static final String READ = "hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')";
    static final String WRITE = "hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_WRITE + "')";

    private final RiskRegister register;
    private final RegisterRequests requests;
    private final RiskAssessments assessments;
    private final AccountableTasks accountableTasks;

    RiskRegisterController(RiskRegister register, RegisterRequests requests, RiskAssessments assessments,
            AccountableTasks accountableTasks) {
        this.accountableTasks = accountableTasks;
        this.register = register;
        this.requests = requests;
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/risk-objects")
    @PreAuthorize(READ)
    @Operation(summary = "The risk analysis objects within the caller's scope, optionally of one enterprise")
    PageResult<RiskObjectView> objects(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @Valid PageQuery page) {
        return register.objects(CurrentActor.get(), enterpriseId, page);
    }

    @PostMapping("/api/v1/risk-objects")
    @PreAuthorize(WRITE)
    @Operation(summary = "Create a risk analysis object (a major hazard source by its code, or another object)")
    ResponseEntity<RiskObjectView> createObject(@Valid @RequestBody RiskObjectRequest request) {
        return created("risk-objects", register.createObject(CurrentActor.get(), request));
    }

    @GetMapping("/api/v1/risk-objects/{id}")
    @PreAuthorize(READ)
    RiskObjectView object(@PathVariable UUID id) {
        return register.get(CurrentActor.get(), OBJECTS, id);
    }

    @PutMapping("/api/v1/risk-objects/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change a risk analysis object's code and name (its enterprise stays)")
    RiskObjectView updateObject(@PathVariable UUID id, @Valid @RequestBody RiskObjectRequest request) {
        return register.update(CurrentActor.get(), OBJECTS, id, RegisterRequests.columns(request));
    }

    @DeleteMapping("/api/v1/risk-objects/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Delete a risk analysis object without units (409 while it has any)")
    ResponseEntity<Void> deleteObject(@PathVariable UUID id) {
        return deleted(OBJECTS, id);
    }

    @GetMapping("/api/v1/risk-objects/{id}/units")
    @PreAuthorize(READ)
    List<RiskUnitView> units(@PathVariable UUID id) {
        return register.children(CurrentActor.get(), OBJECTS, id, UNITS);
    }

    @PostMapping("/api/v1/risk-objects/{id}/units")
    @PreAuthorize(WRITE)
    ResponseEntity<RiskUnitView> createUnit(@PathVariable UUID id, @Valid @RequestBody RiskUnitRequest request) {
        return created("risk-units", register.createUnit(CurrentActor.get(), id, request));
    }

    @GetMapping("/api/v1/risk-units/{id}")
    @PreAuthorize(READ)
    RiskUnitView unit(@PathVariable UUID id) {
        return register.get(CurrentActor.get(), UNITS, id);
    }

    @PutMapping("/api/v1/risk-units/{id}")
    @PreAuthorize(WRITE)
    RiskUnitView updateUnit(@PathVariable UUID id, @Valid @RequestBody RiskUnitRequest request) {
        return register.updateUnit(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/risk-units/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Delete a risk analysis unit without events (409 while it has any)")
    ResponseEntity<Void> deleteUnit(@PathVariable UUID id) {
        return deleted(UNITS, id);
    }

    @PostMapping("/api/v1/risk-objects/{id}/accountable-tasks")
    @PreAuthorize(WRITE)
    @Operation(summary = "Give a major hazard source's three 包保 accountable people their checklist as tasks",
            description = """
                    Under the object: a unit for the source's 包保 (linked to its hazard unit), an event, a control                     measure, and one inspection task per item of the 包保 checklist not yet there: work type 1                     主要负责人 items 1–9, 2 技术负责人 1–9, 3 操作负责人 1–10, each assigned to the role's person with                     the checklist's cycle, from today. Again: adds only what is missing. majorHazardSourceId: the                     source or its hazard unit, an active source of the object's enterprise (else 400); a source                     without all three people is a 422 naming the missing roles.""")
    AccountableTasksResult accountableTasks(@PathVariable UUID id,
            @Valid @RequestBody AccountableTasksRequest request) {
        return accountableTasks.generate(CurrentActor.get(), id, request.majorHazardSourceId());
    }

    @GetMapping("/api/v1/risk-units/{id}/events")
    @PreAuthorize(READ)
    List<RiskEventView> events(@PathVariable UUID id) {
        return register.children(CurrentActor.get(), UNITS, id, EVENTS);
    }

    @PostMapping("/api/v1/risk-units/{id}/events")
    @PreAuthorize(WRITE)
    ResponseEntity<RiskEventView> createEvent(@PathVariable UUID id, @Valid @RequestBody RiskEventRequest request) {
        return created("risk-events", register.create(CurrentActor.get(), UNITS, id, EVENTS,
                RegisterRequests.columns(request)));
    }

    @GetMapping("/api/v1/risk-events/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "A risk event with the level of its latest assessment")
    RiskEventView event(@PathVariable UUID id) {
        return register.get(CurrentActor.get(), EVENTS, id);
    }

    @PutMapping("/api/v1/risk-events/{id}")
    @PreAuthorize(WRITE)
    RiskEventView updateEvent(@PathVariable UUID id, @Valid @RequestBody RiskEventRequest request) {
        return register.update(CurrentActor.get(), EVENTS, id, RegisterRequests.columns(request));
    }

    @DeleteMapping("/api/v1/risk-events/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Delete a risk event without control measures, with its assessments (409 while it has "
            + "measures)")
    ResponseEntity<Void> deleteEvent(@PathVariable UUID id) {
        return deleted(EVENTS, id);
    }

    @GetMapping("/api/v1/risk-events/{id}/assessments")
    @PreAuthorize(READ)
    @Operation(summary = "The assessments of a risk event, newest first")
    List<RiskAssessmentView> assessments(@PathVariable UUID id) {
        return assessments.history(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/risk-events/{id}/assessments")
    @PreAuthorize(WRITE)
    @Operation(summary = "Assess (or re-assess) a risk event by LEC, LS or MES; the history keeps every assessment",
            description = "The factors as for POST /api/v1/risk-assessments/calculate, graded by the default bands.")
    ResponseEntity<RiskAssessmentView> assess(@PathVariable UUID id,
            @Valid @RequestBody RiskCalculationRequest request) {
        RiskAssessmentView assessment = assessments.assess(CurrentActor.get(), id, request);
        return ResponseEntity.created(URI.create("/api/v1/risk-events/" + id + "/assessments")).body(assessment);
    }

    @GetMapping("/api/v1/risk-events/{id}/measures")
    @PreAuthorize(READ)
    List<ControlMeasureView> measures(@PathVariable UUID id) {
        return register.children(CurrentActor.get(), EVENTS, id, MEASURES);
    }

    @PostMapping("/api/v1/risk-events/{id}/measures")
    @PreAuthorize(WRITE)
    ResponseEntity<ControlMeasureView> createMeasure(@PathVariable UUID id,
            @Valid @RequestBody ControlMeasureRequest request) {
        return created("control-measures", register.create(CurrentActor.get(), EVENTS, id, MEASURES,
                requests.columns(request)));
    }

    @GetMapping("/api/v1/control-measures/{id}")
    @PreAuthorize(READ)
    ControlMeasureView measure(@PathVariable UUID id) {
        return register.get(CurrentActor.get(), MEASURES, id);
    }

    @PutMapping("/api/v1/control-measures/{id}")
    @PreAuthorize(WRITE)
    ControlMeasureView updateMeasure(@PathVariable UUID id, @Valid @RequestBody ControlMeasureRequest request) {
        return register.update(CurrentActor.get(), MEASURES, id, requests.columns(request));
    }

    @DeleteMapping("/api/v1/control-measures/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Delete a control measure without inspection tasks (409 while it has any)")
    ResponseEntity<Void> deleteMeasure(@PathVariable UUID id) {
        return deleted(MEASURES, id);
    }

    @GetMapping("/api/v1/control-measures/{id}/tasks")
    @PreAuthorize(READ)
    List<InspectionTaskView> tasks(@PathVariable UUID id) {
        return register.children(CurrentActor.get(), MEASURES, id, TASKS);
    }

    @PostMapping("/api/v1/control-measures/{id}/tasks")
    @PreAuthorize(WRITE)
    ResponseEntity<InspectionTaskView> createTask(@PathVariable UUID id,
            @Valid @RequestBody InspectionTaskRequest request) {
        UUID enterpriseId = register.get(CurrentActor.get(), MEASURES, id).enterpriseId();
        return created("inspection-tasks", register.create(CurrentActor.get(), MEASURES, id, TASKS,
                requests.columns(request, enterpriseId)));
    }

    @GetMapping("/api/v1/inspection-tasks/{id}")
    @PreAuthorize(READ)
    InspectionTaskView task(@PathVariable UUID id) {
        return register.get(CurrentActor.get(), TASKS, id);
    }

    @PutMapping("/api/v1/inspection-tasks/{id}")
    @PreAuthorize(WRITE)
    InspectionTaskView updateTask(@PathVariable UUID id, @Valid @RequestBody InspectionTaskRequest request) {
        UUID enterpriseId = register.get(CurrentActor.get(), TASKS, id).enterpriseId();
        return register.update(CurrentActor.get(), TASKS, id, requests.columns(request, enterpriseId));
    }

    @DeleteMapping("/api/v1/inspection-tasks/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<Void> deleteTask(@PathVariable UUID id) {
        return deleted(TASKS, id);
    }

    private static <V extends RegisterRow> ResponseEntity<V> created(String path, V row) {
        return ResponseEntity.created(URI.create("/api/v1/" + path + "/" + row.id())).body(row);
    }

    private ResponseEntity<Void> deleted(RegisterTable<?> table, UUID id) {
        register.delete(CurrentActor.get(), table, id);
        return ResponseEntity.noContent().build();
    }
}
