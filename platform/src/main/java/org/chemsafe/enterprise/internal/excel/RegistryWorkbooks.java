package org.chemsafe.enterprise.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.InventoryLine;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.enterprise.internal.excel.ChemicalResolver.Candidate;
import org.chemsafe.enterprise.internal.excel.RegistryExcelRepository.EnterpriseRow;
import org.chemsafe.enterprise.internal.excel.RegistryExcelRepository.InventoryRow;
import org.chemsafe.enterprise.internal.excel.RegistryExcelRepository.TankRow;
import org.chemsafe.enterprise.internal.excel.RegistryExcelRepository.UnitRow;
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
 * Writes the registry workbooks: import templates (empty data sheets with header notes and dropdowns, and a notes
 * sheet with an example row per sheet), the export of an enterprise's units, tanks and inventory in the same layout
 * (so that it can be edited and imported again), and the enterprise registry of a scope.
 */
@Component
class RegistryWorkbooks {

    private final RegistryExcelRepository repository;
    private final RegistryLabels labels;
    private final ChemicalCatalogue catalogue;
    private final HazardUnits hazardUnits;

    RegistryWorkbooks(RegistryExcelRepository repository, RegistryLabels labels, ChemicalCatalogue catalogue,
            HazardUnits hazardUnits) {
        this.repository = repository;
        this.labels = labels;
        this.catalogue = catalogue;
        this.hazardUnits = hazardUnits;
    }

    /** An import template for the sheets, in import order. */
    @Transactional(readOnly = true)
    void template(List<RegistrySheet> sheets, OutputStream out) throws IOException {
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            for (RegistrySheet sheet : sheets) {
                workbook.sheet(labels.sheetName(sheet), columns(sheet, sheet.columns()));
            }
            guide(workbook, sheets);
            workbook.writeTo(out);
        }
    }

    /** The enterprise's units, tanks and inventory on three sheets, ready to be edited and imported again. */
    @Transactional(readOnly = true)
    void units(UUID enterpriseId, OutputStream out) throws IOException {
        Map<UUID, String> chemicals = chemicalNames(enterpriseId);
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            Choices kinds = choices("kind");
            Choices statuses = choices("status");
            Choices processes = choices("hazardousProcesses");
            Choices types = choices("tankType");
            workbook.sheet(labels.sheetName(RegistrySheet.UNITS), columns(RegistrySheet.UNITS,
                    RegistrySheet.UNITS.columns()));
            for (UnitRow unit : repository.units(enterpriseId)) {
                workbook.row(Arrays.asList(unit.code(), unit.name(), kinds.label(unit.kind().name()),
                        unit.hazardousProcesses().isEmpty() ? null
                                : unit.hazardousProcesses().stream().map(processes::label)
                                        .collect(Collectors.joining("；")),
                        unit.status() == null ? null : statuses.label(unit.status().name())));
            }
            workbook.sheet(labels.sheetName(RegistrySheet.TANKS), columns(RegistrySheet.TANKS,
                    RegistrySheet.TANKS.columns()));
            for (TankRow tank : repository.tanks(enterpriseId)) {
                workbook.row(Arrays.asList(tank.tankFarmCode(), tank.code(), types.label(tank.tankType()),
                        tank.volumeM3(), tank.chemicalId() == null ? null : name(chemicals, tank.chemicalId()),
                        tank.designPressureMpa(), tank.designTemperatureC(), tank.maxFillRatio()));
            }
            List<ColumnSpec> inventoryColumns = new ArrayList<>(RegistrySheet.INVENTORY.columns());
            inventoryColumns.addAll(RegistrySheet.INVENTORY_INFO);
            workbook.sheet(labels.sheetName(RegistrySheet.INVENTORY), columns(RegistrySheet.INVENTORY,
                    inventoryColumns));
            Map<String, InventoryLine> lines = new HashMap<>();
            for (UnitInventory unit : hazardUnits.inventoriesOf(enterpriseId)) {
                unit.lines().forEach(line -> lines.put(unit.unitId() + "/" + line.chemicalId(), line));
            }
            for (InventoryRow item : repository.inventory(enterpriseId)) {
                InventoryLine line = lines.get(item.unitId() + "/" + item.chemicalId());
                workbook.row(Arrays.asList(item.unitCode(), name(chemicals, item.chemicalId()), item.enteredTonnes(),
                        item.unitName(), line == null ? null : line.tonnes(),
                        line == null ? null : labels.file("registry-excel.source." + line.source().name()),
                        line == null ? null : line.problem()));
            }
            workbook.writeTo(out);
        }
    }

    /** The enterprises the filter permits, by name. */
    @Transactional(readOnly = true)
    void enterprises(DataScope scope, OutputStream out) throws IOException {
        List<String> fields = List.of("name", "creditCode", "town", "address", "kinds", "principal", "principalPhone",
                "safetyDirector", "safetyDirectorPhone", "standardizationLevel", "status", "units");
        List<Column> columns = fields.stream()
                .map(field -> new Column(labels.file("registry-excel.enterprises." + field), null, List.of(),
                        switch (field) {
                            case "name", "address" -> 36;
                            case "creditCode" -> 22;
                            default -> 14;
                        }, false))
                .toList();
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            workbook.sheet(labels.file("registry-excel.sheet.enterprises"), columns);
            for (EnterpriseRow enterprise : repository.enterprises(scope)) {
                workbook.row(Arrays.asList(enterprise.name(), enterprise.creditCode(), enterprise.regionName(),
                        enterprise.address(),
                        enterprise.kinds().stream().map(labels::enterpriseKind).collect(Collectors.joining("、")),
                        enterprise.principalName(), enterprise.principalPhone(), enterprise.safetyDirectorName(),
                        enterprise.safetyDirectorPhone(), labels.level(enterprise.standardizationLevel()),
                        labels.status(enterprise.status()), enterprise.units()));
            }
            workbook.writeTo(out);
        }
    }

    private List<Column> columns(RegistrySheet sheet, List<ColumnSpec> specs) {
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            Choices choices = spec.type() == CellType.CHOICE ? labels.choices(spec.field()) : null;
            columns.add(new Column(labels.header(sheet, spec), labels.comment(sheet, spec),
                    choices == null ? List.of() : choices.labels(), spec.width(), spec.type() == CellType.CODE));
        }
        return columns;
    }

    /** The notes sheet: every column explained, an example row per sheet, the rules of an import. */
    private void guide(ExcelWorkbook workbook, List<RegistrySheet> sheets) {
        List<String> headers = List.of("sheet", "column", "required", "notes", "example");
        workbook.sheet(labels.guideName(), headers.stream()
                .map(key -> new Column(labels.file("registry-excel.guide." + key), null, List.of(),
                        key.equals("notes") ? 80 : key.equals("example") ? 24 : 16, false))
                .toList());
        for (RegistrySheet sheet : sheets) {
            for (ColumnSpec spec : sheet.columns()) {
                StringBuilder notes = new StringBuilder();
                String comment = labels.comment(sheet, spec);
                if (comment != null) {
                    notes.append(comment);
                }
                Choices choices = labels.choices(spec.field());
                if (choices != null) {
                    notes.append(notes.isEmpty() ? "" : " ")
                            .append(labels.file("registry-excel.guide.choices", String.join("、", choices.labels())));
                }
                workbook.row(Arrays.asList(labels.sheetName(sheet), labels.header(sheet, spec),
                        labels.file(spec.required() ? "registry-excel.guide.yes" : "registry-excel.guide.no"),
                        notes.toString(), labels.example(sheet, spec)));
            }
        }
        for (RegistrySheet sheet : sheets) {
            workbook.row(List.of());
            workbook.boldRow(List.of(labels.file("registry-excel.guide.example-title", labels.sheetName(sheet))));
            workbook.boldRow(new ArrayList<>(sheet.columns().stream().map(spec -> labels.header(sheet, spec)).toList()));
            workbook.row(new ArrayList<>(sheet.columns().stream().map(spec -> labels.example(sheet, spec)).toList()));
        }
        workbook.row(List.of());
        workbook.boldRow(List.of(labels.file("registry-excel.guide.rules-title")));
        for (int rule = 1; rule <= 6; rule++) {
            workbook.row(List.of(labels.file("registry-excel.guide.rule." + rule, RegistryImporter.MAX_ROWS)));
        }
    }

    private Choices choices(String field) {
        Choices choices = labels.choices(field);
        if (choices == null) {
            throw new IllegalArgumentException(field);
        }
        return choices;
    }

    /** Names of the chemicals the enterprise may use: its own, then the Table 1 rows. */
    private Map<UUID, String> chemicalNames(UUID enterpriseId) {
        Map<UUID, String> names = new HashMap<>();
        catalogue.references().forEach(row -> names.put(row.id(), row.name()));
        for (Candidate own : repository.ownChemicals(enterpriseId)) {
            names.put(own.id(), own.name());
        }
        return names;
    }

    private static String name(Map<UUID, String> chemicals, UUID id) {
        @Nullable String name = chemicals.get(id);
        return name == null ? id.toString() : name;
    }
}
