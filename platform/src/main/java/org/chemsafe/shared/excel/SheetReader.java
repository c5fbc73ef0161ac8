package org.chemsafe.shared.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.web.Problems;
import org.chemsafe.shared.web.XlsxReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads one import sheet of an upload: finds its columns by their headers (the first row naming one of them, below
 * any title), then reads the cells of each row below, noting every problem with its row, column and cell. A cell with
 * a problem is left out (null), and later problems on the same field of the row are not reported again.
 */
public final class SheetReader {

    /** Excel keeps 15 significant digits; a formula's cached result may show binary noise beyond them. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** A header below a title: searched for in this many first rows. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private final List<ColumnSpec> columns;
    private final XlsxReader.Sheet data;
    private final SheetLabels labels;
    private final Problems messages;
    private final List<ImportProblem> problems;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<String, String> headerOf = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final List<Row> rows = new ArrayList<>();

    public SheetReader(List<ColumnSpec> columns, XlsxReader.Sheet data, SheetLabels labels, Problems messages,
            List<ImportProblem> problems) {
        this.columns = List.copyOf(columns);
        this.data = data;
        this.labels = labels;
        this.messages = messages;
        this.problems = problems;
        if (!data.rows().isEmpty()) {
            int header = headerIndex();
            readHeader(data.rows().get(header));
            data.rows().stream().skip(header + 1L).forEach(row -> rows.add(new Row(row)));
        }
    }

    /**
     * The header row: the first of the sheet's first rows that names one of its columns (a title above the headers
     * is skipped), else its first row.
     */
    private int headerIndex() {
        Set<String> names = new HashSet<>();
        columns.forEach(column -> names.addAll(labels.headerNames(column)));
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, data.rows().size()); i++) {
            if (data.rows().get(i).cells().values().stream()
                    .anyMatch(value -> names.contains(headerKey(value.text())))) {
                return i;
            }
        }
        return 0;
    }

    private static String headerKey(String text) {
        return CellText.key(text).replaceAll("[*＊]+$", "");
    }

    /**
     * Reports that the sheet holds no data: nothing at all, or only its header. A workbook of several sheets may
     * leave some of them so (an export of an enterprise without tanks), not all of them.
     */
    public void reportNoData() {
        if (data.rows().isEmpty()) {
            add(1, null, null, "sheet", "sheet.empty", "excel-import.sheet-problem.empty");
        } else {
            add(data.rows().get(headerIndex()).number(), null, null, "sheet", "sheet.no-rows",
                    "excel-import.sheet-problem.no-rows");
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public String sheetName() {
        return data.name();
    }

    private void readHeader(XlsxReader.Row header) {
        Map<String, ColumnSpec> byName = new HashMap<>();
        for (ColumnSpec column : columns) {
            labels.headerNames(column).forEach(name -> byName.put(name, column));
        }
        header.cells().forEach((index, value) -> {
            String text = value.text().strip();
            ColumnSpec column = byName.get(headerKey(text));
            if (column == null) {
                return; // another column: ignored, e.g. the information columns of an export
            }
            if (columnOf.containsKey(column.field())) {
                add(header.number(), text, XlsxReader.columnName(index) + header.number(), column.field(),
                        "column.duplicate", "excel-import.column.duplicate", text);
                return;
            }
            columnOf.put(column.field(), index);
            headerOf.put(column.field(), text);
        });
        for (ColumnSpec column : columns) {
            if (column.required() && !columnOf.containsKey(column.field())) {
                missing.add(column.field());
                String name = labels.header(column);
                add(header.number(), name, null, column.field(), "column.missing", "excel-import.column.missing",
                        name);
            }
        }
    }

    private String header(String field) {
        String header = headerOf.get(field);
        return header != null ? header : labels.header(column(field));
    }

    private ColumnSpec column(String field) {
        return columns.stream().filter(column -> column.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field));
    }

    private boolean hasColumn(String field) {
        return columns.stream().anyMatch(column -> column.field().equals(field));
    }

    private void add(int row, @Nullable String column, @Nullable String cell, String field, String code, String key,
            Object... args) {
        problems.add(new ImportProblem(data.name(), row, column, cell, field, code, messages.message(key, args)));
    }

    /** One data row and its cells. */
    public final class Row {

        private final XlsxReader.Row cells;
        private final Set<String> bad = new HashSet<>();

        Row(XlsxReader.Row cells) {
            this.cells = cells;
        }

        public int number() {
            return cells.number();
        }

        /** Reports a problem on the field's cell, unless the field has one already. */
        public void problem(String field, String code, String key, Object... args) {
            if (!bad.add(field)) {
                return;
            }
            Integer index = columnOf.get(field);
            String column = hasColumn(field) ? header(field) : null;
            add(cells.number(), column, index == null ? null : XlsxReader.columnName(index) + cells.number(), field,
                    code, key, args);
        }

        /**
         * Reports the problems the module's rules found, on the columns of the fields they name ({@code aliases} maps a
         * request field to a column's field, e.g. chemicalId → chemical).
         */
        public void problems(List<FieldProblem> found, Map<String, String> aliases) {
            for (FieldProblem problem : found) {
                String field = aliases.getOrDefault(problem.field(), problem.field());
                if (!missing.contains(field) && bad.add(field)) {
                    Integer index = columnOf.get(field);
                    String column = hasColumn(field) ? header(field) : null;
                    problems.add(new ImportProblem(data.name(), cells.number(), column,
                            index == null ? null : XlsxReader.columnName(index) + cells.number(), field,
                            problem.code(), problem.message()));
                }
            }
        }

        /** Whether the key was seen on an earlier row of the sheet (then reported on this one, on the field). */
        public boolean duplicate(String field, String key, Map<String, Integer> seen) {
            Integer first = seen.putIfAbsent(key, cells.number());
            if (first == null) {
                return false;
            }
            problem(field, "duplicate", "excel-import.cell.duplicate", String.valueOf(first));
            return true;
        }

        public boolean hasProblem(String field) {
            return bad.contains(field);
        }

        /** The cell's value as text, or null when it is blank, bad (reported) or its column is missing. */
        private @Nullable String raw(String field) {
            Integer index = columnOf.get(field);
            XlsxReader.Value value = index == null ? null : cells.cell(index);
            ColumnSpec column = column(field);
            if (value == null) {
                if (column.required() && !missing.contains(field)) {
                    problem(field, "required", "excel-import.cell.required", header(field));
                }
                return null;
            }
            switch (value.type()) {
                case ERROR -> {
                    problem(field, "cell.error", "excel-import.cell.error", value.text());
                    return null;
                }
                case NO_RESULT -> {
                    problem(field, "cell.formula", "excel-import.cell.formula");
                    return null;
                }
                case NUMBER -> {
                    try {
                        return new BigDecimal(value.text()).round(EXCEL_PRECISION).stripTrailingZeros()
                                .toPlainString();
                    } catch (NumberFormatException ex) {
                        return value.text();
                    }
                }
                default -> {
                    return value.text().strip();
                }
            }
        }

        /** A code: full-width letters and digits folded, blanks around removed. */
        public @Nullable String code(String field) {
            String text = raw(field);
            return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        }

        public @Nullable String text(String field) {
            return raw(field);
        }

        public @Nullable BigDecimal number(String field) {
            String text = raw(field);
            if (text == null) {
                return null;
            }
            String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
            try {
                return new BigDecimal(plain).round(EXCEL_PRECISION).stripTrailingZeros();
            } catch (NumberFormatException ex) {
                problem(field, "typeMismatch", "excel-import.cell.number", header(field), CellText.quote(text));
                return null;
            }
        }

        public @Nullable String choice(String field, Choices choices) {
            String text = raw(field);
            if (text == null) {
                return null;
            }
            String code = choices.code(text);
            if (code == null) {
                problem(field, "unknownValue", "excel-import.cell.choice", CellText.quote(text), header(field),
                        String.join("、", choices.labels()));
            }
            return code;
        }

        /** Values of a list separated by ；;，,、 or line breaks; an unknown one is reported. */
        public Set<String> choices(String field, Choices choices) {
            String text = raw(field);
            Set<String> codes = new LinkedHashSet<>();
            if (text == null) {
                return codes;
            }
            List<String> unknown = new ArrayList<>();
            for (String part : text.split("[;；,，、\\r\\n]+")) {
                if (part.isBlank()) {
                    continue;
                }
                String code = choices.code(part);
                if (code == null) {
                    unknown.add(CellText.quote(part));
                } else {
                    codes.add(code);
                }
            }
            if (!unknown.isEmpty()) {
                problem(field, "unknownValue", "excel-import.cell.choices", String.join("、", unknown),
                        header(field));
            }
            return codes;
        }

        /**
         * The text of a {@link ColumnSpec.CellType#LOOKUP} cell for the importing module to resolve (it reports what
         * it cannot find with {@link #problem}), or null when blank or bad.
         */
        public @Nullable String lookup(String field) {
            return raw(field);
        }
    }
}
