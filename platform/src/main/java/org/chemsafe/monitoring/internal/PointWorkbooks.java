package org.chemsafe.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.excel.Choices;
import org.chemsafe.shared.excel.ColumnSpec;
import org.chemsafe.shared.excel.ColumnSpec.CellType;
import org.chemsafe.shared.web.ExcelWorkbook;
import org.chemsafe.shared.web.ExcelWorkbook.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points workbooks: the import template (headers with notes and dropdowns, a notes sheet with an example row)
 * and an enterprise's points in the same layout, ready to be edited and imported again.
 */
@Component
class PointWorkbooks {

    private final PointRepository repository;
    private final HazardUnits hazardUnits;
    private final PointLabels labels;

    PointWorkbooks(PointRepository repository, HazardUnits hazardUnits, PointLabels labels) {
        this.repository = repository;
        this.hazardUnits = hazardUnits;
        this.labels = labels;
    }

    void template(OutputStream out) throws IOException {
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            workbook.sheet(labels.sheetName(), columns());
            guide(workbook);
            workbook.writeTo(out);
        }
    }

    /** The enterprise's points by tag, as the caller's scope sees them. */
    @Transactional(readOnly = true)
    void export(UUID enterpriseId, DataScope scope, OutputStream out) throws IOException {
        PointObjects objects = PointObjects.of(hazardUnits, enterpriseId);
        Choices types = labels.indicatorTypes();
        Choices kinds = labels.objectKinds();
        Choices yesNo = labels.yesNo();
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            workbook.sheet(labels.sheetName(), columns());
            for (PointView point : repository.allOf(enterpriseId, scope)) {
                LinkedObject object = point.linkedObject();
                PlanPosition position = point.position();
                workbook.row(Arrays.asList(point.tag(), point.name(), types.label(point.indicatorType().name()),
                        point.unit(), plain(point.rangeLow()), plain(point.rangeHigh()),
                        plain(point.limits().lowLow()), plain(point.limits().low()), plain(point.limits().high()),
                        plain(point.limits().highHigh()), plain(point.deadband()), point.expectedPeriodSeconds(),
                        point.onDelaySeconds(), point.offDelaySeconds(),
                        object == null ? null : kinds.label(object.kind().name()),
                        object == null ? null : objects.code(object), point.gatewayCode(),
                        point.nationalIndicatorCode(), position == null ? null : plain(position.x()),
                        position == null ? null : plain(position.y()), yesNo.label(Boolean.toString(point.enabled()))));
            }
            workbook.writeTo(out);
        }
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec spec : PointSheet.COLUMNS) {
            Choices choices = spec.type() == CellType.CHOICE ? labels.choices(spec.field()) : null;
            columns.add(new Column(labels.headers().header(spec), labels.comment(spec),
                    choices == null ? List.of() : choices.labels(), spec.width(), spec.type() == CellType.CODE));
        }
        return columns;
    }

    /** The notes sheet: every column explained, an example row, the rules of an import. */
    private void guide(ExcelWorkbook workbook) {
        workbook.sheet(labels.guideName(), List.of("column", "required", "notes", "example").stream()
                .map(key -> new Column(labels.file("points-excel.guide." + key), null, List.of(),
                        key.equals("notes") ? 80 : key.equals("example") ? 24 : 16, false))
                .toList());
        for (ColumnSpec spec : PointSheet.COLUMNS) {
            String comment = labels.comment(spec);
            Choices choices = labels.choices(spec.field());
            String notes = String.join(" ", Arrays.asList(comment == null ? "" : comment, choices == null ? ""
                    : labels.file("points-excel.guide.choices", String.join("、", choices.labels())))).strip();
            workbook.row(Arrays.asList(labels.headers().header(spec),
                    labels.file(spec.required() ? "points-excel.guide.yes" : "points-excel.guide.no"), notes,
                    labels.example(spec)));
        }
        workbook.row(List.of());
        workbook.boldRow(List.of(labels.file("points-excel.guide.example-title")));
        workbook.boldRow(new ArrayList<>(PointSheet.COLUMNS.stream().map(spec -> labels.headers().header(spec))
                .toList()));
        workbook.row(new ArrayList<>(PointSheet.COLUMNS.stream().map(labels::example).toList()));
        workbook.row(List.of());
        workbook.boldRow(List.of(labels.file("points-excel.guide.rules-title")));
        for (int rule = 1; rule <= 4; rule++) {
            workbook.row(List.of(labels.file("points-excel.guide.rule." + rule, PointImporter.MAX_ROWS)));
        }
    }

    /** A decimal as people write it (no trailing zeros). */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
