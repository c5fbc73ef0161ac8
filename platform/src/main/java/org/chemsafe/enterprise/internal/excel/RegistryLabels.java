package org.chemsafe.enterprise.internal.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseStatus;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.StandardizationLevel;
import org.chemsafe.enterprise.internal.unit.Tanks;
import org.chemsafe.shared.excel.CellText;
import org.chemsafe.shared.excel.Choices;
import org.chemsafe.shared.excel.ColumnSpec;
import org.chemsafe.shared.excel.ExcelLabels;
import org.chemsafe.shared.excel.SheetLabels;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words of registry workbooks ({@link ExcelLabels} with the registry's keys {@code registry-excel.*}): sheet
 * names, headers with their notes and examples, and the lists of unit kinds, statuses, tank types and hazardous
 * processes.
 */
@Component
class RegistryLabels {

    private final ExcelLabels labels;
    private final RegistryExcelRepository repository;

    RegistryLabels(ExcelLabels labels, RegistryExcelRepository repository) {
        this.labels = labels;
        this.repository = repository;
    }

    String file(String key, Object... args) {
        return labels.file(key, args);
    }

    String sheetName(RegistrySheet sheet) {
        return file("registry-excel.sheet." + sheet.key());
    }

    /** The names a sheet is recognised by. */
    Set<String> sheetNames(RegistrySheet sheet) {
        return labels.names("registry-excel.sheet." + sheet.key(), sheet.key());
    }

    /** The notes sheet of templates. */
    String guideName() {
        return file("registry-excel.sheet.guide");
    }

    Set<String> guideNames() {
        return labels.names("registry-excel.sheet.guide", "guide");
    }

    /** How the sheet's columns are named. */
    SheetLabels of(RegistrySheet sheet) {
        return labels.sheet(headerPrefix(sheet));
    }

    String header(RegistrySheet sheet, ColumnSpec column) {
        return of(sheet).header(column);
    }

    @Nullable String comment(RegistrySheet sheet, ColumnSpec column) {
        return labels.optional(headerPrefix(sheet) + column.field() + ".comment");
    }

    String example(RegistrySheet sheet, ColumnSpec column) {
        String example = labels.optional("registry-excel.example." + sheet.key() + "." + column.field());
        return example == null ? "" : example;
    }

    private static String headerPrefix(RegistrySheet sheet) {
        return "registry-excel." + sheet.key() + ".";
    }

    /** The list a column's values come from, or null when it is not a list column. */
    @Nullable Choices choices(String field) {
        return switch (field) {
            case "kind" -> labels.choices("registry-excel.kind.", ExcelLabels.codes(HazardUnitKind.values()));
            case "status" -> labels.choices("registry-excel.status.", ExcelLabels.codes(ProductionStatus.values()));
            case "tankType" -> labels.choices("registry-excel.tank-type.", Tanks.TANK_TYPES);
            case "hazardousProcesses" -> processes();
            default -> null;
        };
    }

    String kind(HazardUnitKind kind) {
        return file("registry-excel.kind." + kind.name());
    }

    String enterpriseKind(EnterpriseKind kind) {
        return file("registry-excel.enterprise-kind." + kind.name());
    }

    String level(StandardizationLevel level) {
        return file("registry-excel.level." + level.name());
    }

    String status(EnterpriseStatus status) {
        return file("registry-excel.enterprise-status." + status.name());
    }

    private Choices processes() {
        List<String> names = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (RegistryExcelRepository.Process process : repository.processes()) {
            names.add(process.nameZh());
            labelOf.put(process.code(), process.nameZh());
            for (String spelling : List.of(process.code(), process.nameZh(), process.nameEn())) {
                codes.put(CellText.key(spelling), process.code());
            }
        }
        return new Choices(names, codes, labelOf);
    }
}
