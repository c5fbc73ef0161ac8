package org.chemsafe.enterprise.internal.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseStatus;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.StandardizationLevel;
import org.chemsafe.enterprise.internal.unit.Tanks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of registry workbooks. Files are written in Chinese whatever the caller's language, so that they can be
 * passed around; on import, sheet names, headers and list values are also recognised in English and by their codes.
 */
@Component
class RegistryLabels {

    /** The language of the files. */
    static final Locale FILE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> READ = List.of(FILE, Locale.ENGLISH);

    private final MessageSource messages;
    private final RegistryExcelRepository repository;

    RegistryLabels(MessageSource messages, RegistryExcelRepository repository) {
        this.messages = messages;
        this.repository = repository;
    }

    /**
     * The values of a list column: labels as written (Chinese, in order) and every accepted spelling (Chinese and
     * English labels and codes, compared by {@link Text#key}) to its code.
     */
    record Choices(List<String> labels, Map<String, String> codes, Map<String, String> labelOf) {

        @Nullable String code(String text) {
            return codes.get(Text.key(text));
        }

        String label(String code) {
            return labelOf.getOrDefault(code, code);
        }
    }

    String file(String key, Object... args) {
        return messages.getMessage(key, args, key, FILE);
    }

    String sheetName(RegistrySheet sheet) {
        return file("registry-excel.sheet." + sheet.key());
    }

    /** The names a sheet is recognised by. */
    Set<String> sheetNames(RegistrySheet sheet) {
        return keys("registry-excel.sheet." + sheet.key(), sheet.key());
    }

    /** The notes sheet of templates. */
    String guideName() {
        return file("registry-excel.sheet.guide");
    }

    Set<String> guideNames() {
        return keys("registry-excel.sheet.guide", "guide");
    }

    String header(RegistrySheet sheet, ColumnSpec column) {
        return file(headerKey(sheet, column));
    }

    /** The headers a column is recognised by: Chinese, English, its field name. */
    Set<String> headerNames(RegistrySheet sheet, ColumnSpec column) {
        return keys(headerKey(sheet, column), column.field());
    }

    @Nullable String comment(RegistrySheet sheet, ColumnSpec column) {
        String key = headerKey(sheet, column) + ".comment";
        return messages.getMessage(key, null, null, FILE);
    }

    String example(RegistrySheet sheet, ColumnSpec column) {
        return messages.getMessage("registry-excel.example." + sheet.key() + "." + column.field(), null, "", FILE);
    }

    private static String headerKey(RegistrySheet sheet, ColumnSpec column) {
        return "registry-excel." + sheet.key() + "." + column.field();
    }

    /** The list a column's values come from, or null when it is not a list column. */
    @Nullable Choices choices(String field) {
        return switch (field) {
            case "kind" -> enumChoices("registry-excel.kind.", names(HazardUnitKind.values()));
            case "status" -> enumChoices("registry-excel.status.", names(ProductionStatus.values()));
            case "tankType" -> enumChoices("registry-excel.tank-type.", Tanks.TANK_TYPES);
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
        List<String> labels = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (RegistryExcelRepository.Process process : repository.processes()) {
            labels.add(process.nameZh());
            labelOf.put(process.code(), process.nameZh());
            for (String spelling : List.of(process.code(), process.nameZh(), process.nameEn())) {
                codes.put(Text.key(spelling), process.code());
            }
        }
        return new Choices(labels, codes, labelOf);
    }

    private Choices enumChoices(String prefix, List<String> names) {
        List<String> labels = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (String name : names) {
            String label = file(prefix + name);
            labels.add(label);
            labelOf.put(name, label);
            codes.put(Text.key(name), name);
            for (Locale locale : READ) {
                codes.put(Text.key(messages.getMessage(prefix + name, null, name, locale)), name);
            }
        }
        return new Choices(labels, codes, labelOf);
    }

    private Set<String> keys(String messageKey, String code) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Text.key(code));
        for (Locale locale : READ) {
            keys.add(Text.key(messages.getMessage(messageKey, null, code, locale)));
        }
        return keys;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
