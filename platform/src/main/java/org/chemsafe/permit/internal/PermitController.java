package org.chemsafe.permit.internal;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chemsafe.permit.PermitPermissions;
import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Special-work permits: application, on-site signatures, gas analyses, the work's steps and the chain's check. */
@RestController
@Tag(name = "Special-work permits")
class PermitController {

    private static final String READ = "hasAuthority('" + PermitPermissions.PERMIT_READ + "')";
    private static final String WRITE = "hasAuthority('" + PermitPermissions.PERMIT_WRITE + "')";
    private static final String SIGN = "hasAuthority('" + PermitPermissions.PERMIT_SIGN + "')";

    private final WorkPermits permits;
    private final PermitLedger ledger;
    private final PermitBoard board;

    PermitController(WorkPermits permits, PermitLedger ledger, PermitBoard board) {
        this.permits = permits;
        this.ledger = ledger;
        this.board = board;
    }

    @PostMapping("/api/v1/permits")
    @PreAuthorize(WRITE)
    @Operation(summary = "Apply for a special-work permit", description = """
            Graded by the rules of POST /api/v1/permits/rules/classify; a plan that breaks a rule (validity too long, \
            temporary power outlasting its work) or work that is not special work (below 2 m, not over 0.5 m deep) \
            is a 422. The application is the permit's first record.""")
    ResponseEntity<PermitView> apply(@Valid @RequestBody PermitApplication application) {
        PermitView permit = permits.apply(CurrentActor.get(), application);
        return ResponseEntity.created(URI.create("/api/v1/permits/" + permit.id())).body(permit);
    }

    @GetMapping("/api/v1/permits")
    @PreAuthorize(READ)
    @Operation(summary = "Permits of the caller's scope, newest first; search by number, place or content")
    PageResult<PermitSummary> list(@RequestParam(required = false) @Nullable WorkType type,
            @RequestParam(required = false) @Nullable PermitStatus status,
            @RequestParam(required = false) @Nullable String q, @Valid PageQuery page) {
        return permits.search(CurrentActor.get(), type, status, q, page);
    }

    @GetMapping("/api/v1/permits/export.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "The permit ledger (特殊作业票台账) of the scope as Excel, with the list's filter")
    void export(@RequestParam(required = false) @Nullable WorkType type,
            @RequestParam(required = false) @Nullable PermitStatus status,
            @RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
        ledger.write(CurrentActor.get(), type, status, q, response);
    }

    @GetMapping("/api/v1/permits/board")
    @PreAuthorize(READ)
    @Operation(summary = "The live board of a site: the day's permits (default today) or those still live, placed on "
            + "its plan by their position in metres, the others apart")
    PermitBoardView board(@RequestParam UUID siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return board.of(CurrentActor.get(), siteId, day);
    }

    @GetMapping("/api/v1/permits/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "A permit with every record, the signature chain and the next signature")
    PermitView get(@PathVariable UUID id) {
        return permits.get(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/permits/{id}/signatures")
    @PreAuthorize(SIGN)
    @Operation(summary = "Sign the next step of the permit's chain where the work is done", description = """
            The signer's password again, a handwritten signature (PNG data URL, at most 100 KB and 2000 × 1000 \
            pixels), latitude and longitude; the time is the server's, to the minute (4.11). Steps are signed in the \
            form's order; a wrong password is a 403 and counts towards the sign-in pauses.""")
    PermitView sign(@PathVariable UUID id, @Valid @RequestBody SignatureRequest signature) {
        return permits.sign(CurrentActor.get(), id, signature);
    }

    @PostMapping("/api/v1/permits/{id}/measures")
    @PreAuthorize(WRITE)
    @Operation(summary = "Confirm the type's safety-measure checklist (Appendix A): every item, whether it applies and "
            + "who confirmed it; needed before the work starts")
    PermitView confirmMeasures(@PathVariable UUID id, @Valid @RequestBody MeasureConfirmation confirmation) {
        return permits.confirmMeasures(CurrentActor.get(), id, confirmation);
    }

    @PostMapping("/api/v1/permits/{id}/gas-analyses")
    @PreAuthorize(WRITE)
    @Operation(summary = "Record a gas analysis, judged now for the permit's type and grade (5.3, 6.3, 6.4)")
    PermitView analyseGas(@PathVariable UUID id, @Valid @RequestBody GasAnalysisEntry entry) {
        return permits.analyseGas(CurrentActor.get(), id, entry);
    }

    @PostMapping("/api/v1/permits/{id}/start")
    @PreAuthorize(WRITE)
    @Operation(summary = "Start the work: the chain is signed and, where gas is analysed, a passing analysis is at most 30 min old")
    PermitView start(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.start(CurrentActor.get(), id, action);
    }

    @PostMapping("/api/v1/permits/{id}/suspend")
    @PreAuthorize(WRITE)
    @Operation(summary = "Suspend the work")
    PermitView suspend(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.suspend(CurrentActor.get(), id, action);
    }

    @PostMapping("/api/v1/permits/{id}/resume")
    @PreAuthorize(WRITE)
    @Operation(summary = "Resume the work: after an interruption over 30 min (特级, 一级) or 60 min (二级, confined space) a fresh passing analysis first")
    PermitView resume(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.resume(CurrentActor.get(), id, action);
    }

    @PostMapping("/api/v1/permits/{id}/complete")
    @PreAuthorize(WRITE)
    @Operation(summary = "Mark the work finished")
    PermitView complete(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.complete(CurrentActor.get(), id, action);
    }

    @PostMapping("/api/v1/permits/{id}/accept")
    @PreAuthorize(SIGN)
    @Operation(summary = "完工验收: accept the finished work and close the permit")
    PermitView accept(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.accept(CurrentActor.get(), id, action);
    }

    @PostMapping("/api/v1/permits/{id}/revoke")
    @PreAuthorize(WRITE)
    @Operation(summary = "The guardian takes the permit back and stops the work (4.10); the remark gives the reason")
    PermitView revoke(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.revoke(CurrentActor.get(), id, action);
    }

    @PostMapping("/api/v1/permits/{id}/cancel")
    @PreAuthorize(WRITE)
    @Operation(summary = "Cancel a permit that has not started")
    PermitView cancel(@PathVariable UUID id, @Valid @RequestBody PermitAction action) {
        return permits.cancel(CurrentActor.get(), id, action);
    }

    @GetMapping("/api/v1/permits/{id}/verification")
    @PreAuthorize(READ)
    @Operation(summary = "Check that no record and no field of the permit changed since it was written (SM3 chain)")
    ChainVerification verify(@PathVariable UUID id) {
        return permits.verify(CurrentActor.get(), id);
    }
}
