package org.chemsafe.permit.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.SqlText;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special-work permit ledger (特殊作业票台账): the scope's permits matching the list's filter, newest first, with
 * their signatures in order, the latest gas analysis and the head of their record chain (at most
 * {@link #MAX_ROWS}).
 */
@Component
class PermitLedger {

    static final int MAX_ROWS = 100_000;
    private static final List<String> COLUMNS = List.of("number", "type", "grade", "status", "location", "content",
            "planned-start", "planned-end", "applicant", "applied-at", "signatures", "last-analysis", "records",
            "chain-head");

    private final PermitRepository permits;
    private final Problems problems;
    private final WorkCalendar calendar;

    PermitLedger(PermitRepository permits, Problems problems, WorkCalendar calendar) {
        this.permits = permits;
        this.problems = problems;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    void write(Actor actor, @Nullable WorkType type, @Nullable PermitStatus status, @Nullable String text,
            HttpServletResponse response) throws IOException {
        List<PermitRepository.LedgerRow> rows = permits.ledger(actor.scope(), type, status,
                SqlText.containsPattern(text), calendar.zone(), MAX_ROWS);
        String sheet = message("permit.ledger.sheet");
        List<String> headers = COLUMNS.stream().map(key -> message("permit.ledger." + key)).toList();
        try (ExcelWorkbook workbook = new ExcelWorkbook(sheet, headers)) {
            for (PermitRepository.LedgerRow row : rows) {
                PermitRepository.PermitRow permit = row.permit();
                workbook.row(Arrays.asList(permit.number(), message("permit.ledger.type." + permit.type()),
                        permit.grade() == null ? "" : message("permit.ledger.grade." + permit.grade()),
                        message("permit.ledger.status." + permit.status()), permit.location(), permit.content(),
                        local(permit.plannedStart()), local(permit.plannedEnd()), permit.applicantName(),
                        local(permit.appliedAt()), row.signatures(), analysis(row), permit.recordCount(),
                        permit.chainHead()));
            }
            Downloads.xlsx(response, sheet + ".xlsx", "permit-ledger.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    private String analysis(PermitRepository.LedgerRow row) {
        if (row.lastAnalysis() == null || row.lastAnalysedAt() == null) {
            return "";
        }
        boolean passed = Boolean.TRUE.equals(RecordBodies.read(row.lastAnalysis()).get("pass"));
        return message(passed ? "permit.ledger.passed" : "permit.ledger.failed") + " " + local(row.lastAnalysedAt());
    }

    private java.time.LocalDateTime local(java.time.Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDateTime().withNano(0);
    }

    private String message(String key) {
        return problems.message(key, null);
    }
}
