package org.chemsafe.dualprevention.internal.hidden;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Hidden dangers (隐患治理): report, list, read, and one POST per step of the lifecycle; a step the lifecycle refuses
 * answers 422 with the rule's key as {@code rule}.
 */
@RestController
@RequestMapping("/api/v1/hidden-dangers")
@Tag(name = "Dual prevention")
class HiddenDangerController {

    static final String READ = "hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')";
    static final String REPORT = "hasAuthority('" + DualPreventionPermissions.HIDDEN_DANGER_REPORT + "')";
    static final String MANAGE = "hasAuthority('" + DualPreventionPermissions.HIDDEN_DANGER_MANAGE + "')";

    private final HiddenDangers dangers;
    private final HiddenDangerLedger ledger;
    private final MajorDangerCriteria criteria;

    HiddenDangerController(HiddenDangers dangers, HiddenDangerLedger ledger, MajorDangerCriteria criteria) {
        this.dangers = dangers;
        this.ledger = ledger;
        this.criteria = criteria;
    }

    @GetMapping("/major-criteria")
    @PreAuthorize(READ)
    @Operation(summary = "The 20 criteria of a major hidden danger (安监总管三〔2017〕121号), offered when grading 重大")
    List<MajorDangerCriteria.Criterion> majorCriteria() {
        return criteria.all();
    }

    @PostMapping
    @PreAuthorize(REPORT)
    @Operation(summary = "Report a hidden danger (status REPORTED, national dangerState 0)")
    ResponseEntity<HiddenDangerView> report(@Valid @RequestBody HiddenDangerReport report) {
        HiddenDangerView danger = dangers.report(CurrentActor.get(), report);
        return ResponseEntity.created(URI.create("/api/v1/hidden-dangers/" + danger.id())).body(danger);
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "The hidden dangers within the caller's scope, newest first",
            description = "Filters: enterprise, lifecycle status, grade, overdue (being rectified past the deadline), "
                    + "and q: text in the name, description, responsible person or hazard code.")
    PageResult<HiddenDangerView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable HiddenDangerStatus status,
            @RequestParam(required = false) @Nullable DangerLevel dangerLevel,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q, @Valid PageQuery page) {
        return dangers.list(CurrentActor.get(),
                new HiddenDangerFilter(enterpriseId, status, dangerLevel, overdue, SqlText.containsPattern(q)), page);
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "The hidden-danger ledger (隐患排查治理台账) of the scope as Excel, with the list's filters")
    void export(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable HiddenDangerStatus status,
            @RequestParam(required = false) @Nullable DangerLevel dangerLevel,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q, HttpServletResponse response)
            throws IOException {
        ledger.write(CurrentActor.get(),
                new HiddenDangerFilter(enterpriseId, status, dangerLevel, overdue, SqlText.containsPattern(q)),
                response);
    }

    @GetMapping("/export.pdf")
    @PreAuthorize(READ)
    @Operation(summary = "The hidden-danger ledger (隐患排查治理台账) of the scope printed as PDF, with the list's filters",
            description = "A card per hidden danger under the Excel export's columns; at most 2,000 (else 422).")
    void print(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable HiddenDangerStatus status,
            @RequestParam(required = false) @Nullable DangerLevel dangerLevel,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q, HttpServletResponse response)
            throws IOException {
        ledger.print(CurrentActor.get(),
                new HiddenDangerFilter(enterpriseId, status, dangerLevel, overdue, SqlText.containsPattern(q)),
                response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    HiddenDangerView get(@PathVariable UUID id) {
        return dangers.get(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(READ)
    @Operation(summary = "The report and every step of a hidden danger, oldest first")
    List<HiddenDangerStep> history(@PathVariable UUID id) {
        return dangers.history(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Confirm a reported hidden danger and grade it 一般 (GENERAL) or 重大 (MAJOR)")
    HiddenDangerView confirm(@PathVariable UUID id, @Valid @RequestBody GradingRequest request) {
        return dangers.confirm(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/order")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Order the rectification: 即查即改 (IMMEDIATE) or 限期整改 (BY_DEADLINE)",
            description = "A 重大 one is rectified by deadline under a plan with measures, funds (cost > 0), deadline, "
                    + "responsible person and contingency plan.")
    HiddenDangerView order(@PathVariable UUID id, @Valid @RequestBody OrderRequest request) {
        return dangers.order(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/rectify")
    @PreAuthorize(REPORT)
    @Operation(summary = "Report the hidden danger rectified, with photos (national dangerState 1 待验收)")
    HiddenDangerView rectify(@PathVariable UUID id, @Valid @RequestBody RectificationReport report) {
        return dangers.rectify(CurrentActor.get(), id, report);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Accept the rectification (验收; national dangerState 9 已验收)")
    HiddenDangerView accept(@PathVariable UUID id, @Valid @RequestBody AcceptanceRequest request) {
        return dangers.accept(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/send-back")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Refuse the rectification and send it back to be rectified again")
    HiddenDangerView sendBack(@PathVariable UUID id, @Valid @RequestBody SendBackRequest request) {
        return dangers.sendBack(CurrentActor.get(), id, request);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(MANAGE)
    @Operation(summary = "Close an accepted hidden danger (销号)")
    HiddenDangerView close(@PathVariable UUID id) {
        return dangers.close(CurrentActor.get(), id);
    }
}
