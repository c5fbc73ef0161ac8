package org.chemsafe.monitoring.internal;

import java.util.List;
import java.util.Set;

import org.chemsafe.shared.excel.Choices;
import org.chemsafe.shared.excel.ColumnSpec;
import org.chemsafe.shared.excel.ExcelLabels;
import org.chemsafe.shared.excel.SheetLabels;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The words of the points workbook ({@link ExcelLabels} with the keys {@code points-excel.*}). */
@Component
class PointLabels {

    private final ExcelLabels labels;

    PointLabels(ExcelLabels labels) {
        this.labels = labels;
    }

    String file(String key, Object... args) {
        return labels.file(key, args);
    }

    String sheetName() {
        return file("points-excel.sheet." + PointSheet.KEY);
    }

    Set<String> sheetNames() {
        return labels.names("points-excel.sheet." + PointSheet.KEY, PointSheet.KEY);
    }

    String guideName() {
        return file("points-excel.sheet.guide");
    }

    Set<String> guideNames() {
        return labels.names("points-excel.sheet.guide", "guide");
    }

    SheetLabels headers() {
        return labels.sheet(PointSheet.HEADERS);
    }

    @Nullable String comment(ColumnSpec column) {
        return labels.optional(PointSheet.HEADERS + column.field() + ".comment");
    }

    String example(ColumnSpec column) {
        String example = labels.optional("points-excel.example." + column.field());
        return example == null ? "" : example;
    }

    /** The list a column's values come from, or null when it is not a list column. */
    @Nullable Choices choices(String field) {
        return switch (field) {
            case "indicatorType" -> indicatorTypes();
            case "objectKind" -> objectKinds();
            case "enabled" -> yesNo();
            default -> null;
        };
    }

    Choices indicatorTypes() {
        return labels.choices("points-excel.indicator-type.", ExcelLabels.codes(IndicatorType.values()));
    }

    Choices objectKinds() {
        return labels.choices("points-excel.object-kind.", ExcelLabels.codes(LinkedObjectKind.values()));
    }

    /** 是 / 否, as the codes {@code true} and {@code false}. */
    Choices yesNo() {
        return labels.choices("points-excel.enabled.", List.of("true", "false"));
    }
}
