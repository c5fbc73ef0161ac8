package org.chemsafe.dualprevention.internal.inspection;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.dualprevention.internal.LedgerPrints;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection records as Excel (隐患排查记录): the scope's records matching the list's filter, last checked first
 * (at most {@link #MAX_ROWS}), with the task's content, the due window, the result and the hidden danger found.
 */
@Component
class InspectionRecordLedger {

    static final int MAX_ROWS = 100_000;
    private static final String PREFIX = "dualprevention.ledger.record.";
    private static final List<String> COLUMNS = List.of("enterprise", "troubleshoot-content", "window-start",
            "window-end", "check-time", "received-at", "check-status", "late", "recorder", "comment", "location",
            "checkpoint-code", "photos", "hidden-danger", "check-task");

    /** The column heading each printed card: what was checked. */
    private static final int HEADING = COLUMNS.indexOf("troubleshoot-content");

    private final InspectionRecordRepository records;
    private final LedgerPrints prints;
    private final EnterpriseDirectory directory;
    private final Problems problems;

    InspectionRecordLedger(InspectionRecordRepository records, EnterpriseDirectory directory, Problems problems,
            LedgerPrints prints) {
        this.records = records;
        this.prints = prints;
        this.directory = directory;
        this.problems = problems;
    }

    @Transactional(readOnly = true)
    void write(Actor actor, InspectionRecordFilter filter, HttpServletResponse response) throws IOException {
        String sheet = message("sheet");
        try (ExcelWorkbook workbook = new ExcelWorkbook(sheet, headers())) {
            rows(actor, filter, MAX_ROWS).forEach(workbook::row);
            Downloads.xlsx(response, sheet + ".xlsx", "inspection-records.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    @Transactional(readOnly = true)
    void print(Actor actor, InspectionRecordFilter filter, HttpServletResponse response) throws IOException {
        prints.write(response, message("sheet"), "inspection-records.pdf", headers(), HEADING,
                rows(actor, filter, LedgerPrints.MAX_ROWS + 1));
    }

    private List<String> headers() {
        return COLUMNS.stream().map(this::message).toList();
    }

    /** The records' rows, in the columns' order, at most {@code limit}. */
    private List<List<@Nullable Object>> rows(Actor actor, InspectionRecordFilter filter, int limit) {
        List<InspectionRecordView> found = records.ledger(actor.scope(), filter, limit);
        Map<UUID, String> names = directory.namesOf(found.stream().map(InspectionRecordView::enterpriseId)
                .collect(Collectors.toSet()));
        return found.stream().map(record -> Arrays.<@Nullable Object>asList(names.get(record.enterpriseId()),
                record.troubleshootContent(), record.windowStart(), record.windowEnd(), record.checkTime(),
                record.receivedAt(), message("status." + record.checkStatus().name()),
                message(record.late() ? "yes" : "no"), record.recorderName(), record.comment(),
                location(record.location()), record.checkpointCode(), record.photos().size(),
                record.hiddenDangerId(), record.checkTaskId())).toList();
    }

    /** "lat, lon" and/or "x, y m" as recorded. */
    private static @Nullable String location(@Nullable RecordLocation location) {
        if (location == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (location.latitude() != null && location.longitude() != null) {
            text.append(location.latitude().toPlainString()).append(", ").append(location.longitude().toPlainString());
        }
        if (location.x() != null && location.y() != null) {
            text.append(text.isEmpty() ? "" : "; ").append("x ").append(location.x().toPlainString()).append(" m, y ")
                    .append(location.y().toPlainString()).append(" m");
        }
        return text.toString();
    }

    private String message(String key) {
        return problems.message(PREFIX + key, null);
    }
}
