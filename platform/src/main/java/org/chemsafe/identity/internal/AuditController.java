package org.chemsafe.identity.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chemsafe.identity.IdentityPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log")
class AuditController {

    /** An export holds at most this many entries, newest first; narrow the filters for older ones. */
    static final int EXPORT_LIMIT = 100_000;

    private final AuditLog audit;
    private final Problems problems;

    AuditController(AuditLog audit, Problems problems) {
        this.audit = audit;
        this.problems = problems;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + IdentityPermissions.AUDIT_READ + "')")
    @Operation(summary = "Search the audit log within the caller's scope, newest first")
    PageResult<AuditEntry> search(@Valid AuditQuery query, @Valid PageQuery page) {
        return audit.search(CurrentActor.get().scope(), query, page);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('" + IdentityPermissions.AUDIT_EXPORT + "')")
    @Operation(summary = "Export the matching audit entries to Excel (at most 100,000, newest first)")
    void export(@Valid AuditQuery query, HttpServletResponse response) throws IOException {
        DataScope scope = CurrentActor.get().scope();
        List<String> headers = Arrays.stream(new String[] {"time", "actor", "scope", "action", "resource", "outcome",
                "status", "address", "detail"}).map(key -> problems.message("audit.export." + key, null)).toList();
        try (ExcelWorkbook workbook = new ExcelWorkbook(problems.message("audit.export.sheet", null), headers)) {
            audit.forEach(scope, query, EXPORT_LIMIT, entry -> workbook.row(Arrays.asList(entry.occurredAt(),
                    entry.actorUsername(), entry.actorScope(), entry.action(), entry.resource(),
                    problems.message("audit.outcome." + entry.outcome().name(), null), entry.httpStatus(),
                    entry.clientAddress(), entry.detail())));
            Downloads.xlsx(response, problems.message("audit.export.sheet", null) + ".xlsx",
                    "audit-log.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }
}
