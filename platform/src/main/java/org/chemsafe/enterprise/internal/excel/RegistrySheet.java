package org.chemsafe.enterprise.internal.excel;

import static org.chemsafe.shared.excel.ColumnSpec.optional;
import static org.chemsafe.shared.excel.ColumnSpec.required;

import java.util.List;
import java.util.Optional;

import org.chemsafe.shared.excel.ColumnSpec;
import org.chemsafe.shared.excel.ColumnSpec.CellType;

/**
 * The sheets of the registry workbook, in the order they are imported (tanks name tank farms and inventory names
 * units, which may be registered by the same file). Headers, sheet names and examples are message keys
 * {@code registry-excel.<sheet>.<field>}, {@code registry-excel.sheet.<sheet>}, {@code registry-excel.example.<sheet>.<field>}.
 */
enum RegistrySheet {

    UNITS("units", List.of(
            required("code", CellType.CODE, 14),
            required("name", CellType.TEXT, 24),
            required("kind", CellType.CHOICE, 14),
            optional("hazardousProcesses", CellType.CHOICES, 36),
            optional("status", CellType.CHOICE, 12))),

    TANKS("tanks", List.of(
            required("tankFarm", CellType.CODE, 14),
            required("code", CellType.CODE, 14),
            required("tankType", CellType.CHOICE, 16),
            required("volumeM3", CellType.NUMBER, 12),
            optional("chemical", CellType.LOOKUP, 24),
            optional("designPressureMpa", CellType.NUMBER, 14),
            optional("designTemperatureC", CellType.NUMBER, 14),
            required("maxFillRatio", CellType.NUMBER, 14))),

    INVENTORY("inventory", List.of(
            required("unit", CellType.CODE, 14),
            required("chemical", CellType.LOOKUP, 28),
            optional("designMaxTonnes", CellType.NUMBER, 16)));

    /** Extra columns of the inventory export, for reading only. */
    static final List<ColumnSpec> INVENTORY_INFO = List.of(
            optional("unitName", CellType.INFO, 24),
            optional("countedTonnes", CellType.INFO, 18),
            optional("source", CellType.INFO, 14),
            optional("problem", CellType.INFO, 40));

    private final String key;
    private final List<ColumnSpec> columns;

    RegistrySheet(String key, List<ColumnSpec> columns) {
        this.key = key;
        this.columns = columns;
    }

    String key() {
        return key;
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    Optional<ColumnSpec> column(String field) {
        return columns.stream().filter(column -> column.field().equals(field)).findFirst();
    }

    /** A template or import kind by its path segment: units, tanks, inventory. */
    static Optional<RegistrySheet> byKey(String key) {
        for (RegistrySheet sheet : values()) {
            if (sheet.key.equals(key)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
