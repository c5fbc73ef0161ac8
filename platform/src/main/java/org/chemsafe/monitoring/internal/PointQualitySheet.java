package org.chemsafe.monitoring.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.excel.Choices;
import org.chemsafe.shared.web.Downloads;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The points' data quality as an Excel workbook (数据质量表), the list's rows: tag, name, indicator type, expected
 * period, online, last received, flatline and since when, the out-of-range and rejected counts.
 */
@Component
class PointQualitySheet {

    private static final List<String> COLUMNS = List.of("tag", "name", "type", "period", "online", "last-received",
            "flatline", "unchanged-since", "out-of-range", "rejected");

    private final PointQualities qualities;
    private final PointLabels labels;
    private final Problems problems;

    PointQualitySheet(PointQualities qualities, PointLabels labels, Problems problems) {
        this.qualities = qualities;
        this.labels = labels;
        this.problems = problems;
    }

    void write(Actor actor, @Nullable UUID enterpriseId, boolean problemsOnly, HttpServletResponse response)
            throws IOException {
        List<PointQualityRow> rows = qualities.of(actor, enterpriseId, problemsOnly);
        String sheet = message("monitoring.quality.sheet");
        List<String> headers = COLUMNS.stream().map(key -> message("monitoring.quality.column." + key)).toList();
        Choices types = labels.indicatorTypes();
        String online = message("monitoring.quality.online");
        String offline = message("monitoring.quality.offline");
        String flat = message("monitoring.quality.flat");
        try (ExcelWorkbook workbook = new ExcelWorkbook(sheet, headers)) {
            for (PointQualityRow row : rows) {
                workbook.row(Arrays.asList(row.tag(), row.name(), types.label(row.indicatorType().name()),
                        row.expectedPeriodSeconds(), row.online() ? online : offline, row.lastReceivedAt(),
                        row.flatline() ? flat : "", row.flatline() ? row.unchangedSince() : null,
                        row.outOfRangeCount(), row.rejectedCount()));
            }
            Downloads.xlsx(response, sheet + ".xlsx", "data-quality.xlsx");
            workbook.writeTo(response.getOutputStream());
        }
    }

    private String message(String key) {
        return problems.message(key, null);
    }
}
