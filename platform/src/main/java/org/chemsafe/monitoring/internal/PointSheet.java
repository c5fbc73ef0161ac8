package org.chemsafe.monitoring.internal;

import static org.chemsafe.shared.excel.ColumnSpec.optional;
import static org.chemsafe.shared.excel.ColumnSpec.required;

import java.util.List;
import java.util.Map;

import org.chemsafe.shared.excel.ColumnSpec;
import org.chemsafe.shared.excel.ColumnSpec.CellType;

/**
 * The points sheet of the import template and the export, one point a row, keyed by its tag. Headers, notes and
 * examples are the message keys {@code points-excel.points.<field>} ({@code .comment}, and
 * {@code points-excel.example.<field>}).
 */
final class PointSheet {

    static final String KEY = "points";
    static final String HEADERS = "points-excel.points.";

    static final List<ColumnSpec> COLUMNS = List.of(
            required("tag", CellType.CODE, 16),
            required("name", CellType.TEXT, 24),
            required("indicatorType", CellType.CHOICE, 14),
            optional("unit", CellType.TEXT, 10),
            optional("rangeLow", CellType.NUMBER, 10),
            optional("rangeHigh", CellType.NUMBER, 10),
            optional("lowLow", CellType.NUMBER, 10),
            optional("low", CellType.NUMBER, 10),
            optional("high", CellType.NUMBER, 10),
            optional("highHigh", CellType.NUMBER, 10),
            optional("deadband", CellType.NUMBER, 10),
            optional("expectedPeriodSeconds", CellType.NUMBER, 12),
            optional("onDelaySeconds", CellType.NUMBER, 12),
            optional("offDelaySeconds", CellType.NUMBER, 12),
            optional("objectKind", CellType.CHOICE, 14),
            optional("objectCode", CellType.LOOKUP, 18),
            optional("gatewayCode", CellType.CODE, 12),
            optional("nationalIndicatorCode", CellType.CODE, 18),
            optional("positionX", CellType.NUMBER, 10),
            optional("positionY", CellType.NUMBER, 10),
            optional("enabled", CellType.CHOICE, 8));

    /** The columns the request's nested fields are read from, for its validation problems. */
    static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("limits.lowLow", "lowLow"), Map.entry("limits.low", "low"), Map.entry("limits.high", "high"),
            Map.entry("limits.highHigh", "highHigh"), Map.entry("linkedObject.kind", "objectKind"),
            Map.entry("linkedObject.id", "objectCode"), Map.entry("position.x", "positionX"),
            Map.entry("position.y", "positionY"));

    private PointSheet() {
    }
}
