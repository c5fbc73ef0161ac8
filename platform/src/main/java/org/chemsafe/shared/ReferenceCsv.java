package org.chemsafe.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reference-data CSV file: a fixed header, then one row per line (RFC 4180 quoting, no line breaks inside
 * cells). Every defect is an {@link IllegalStateException} naming the file and line, so the platform does not
 * start on broken reference data.
 */
public final class ReferenceCsv {

    private final String source;
    private final List<Row> rows;

    private ReferenceCsv(String source, List<Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    public static ReferenceCsv fromClasspath(String resource, List<String> header) {
        try (InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), header);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static ReferenceCsv parse(String source, String text, List<String> header) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !cells(source, 1, lines.get(0).replace("\uFEFF", "")).equals(header)) {
            throw new IllegalStateException(source + ": the header must be " + String.join(",", header));
        }
        List<Row> rows = new ArrayList<>();
        for (int index = 1; index < lines.size(); index++) {
            int line = index + 1;
            if (lines.get(index).isBlank()) {
                continue;
            }
            List<String> cells = cells(source, line, lines.get(index));
            if (cells.size() != header.size()) {
                throw new IllegalStateException(source + " line " + line + ": expected " + header.size()
                        + " cells, found " + cells.size());
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                byColumn.put(header.get(column), cells.get(column).strip());
            }
            rows.add(new Row(source, line, byColumn));
        }
        return new ReferenceCsv(source, List.copyOf(rows));
    }

    public List<Row> rows() {
        return rows;
    }

    /** Fails unless the file has exactly as many rows as the standard has. */
    public ReferenceCsv expectRows(int expected) {
        if (rows.size() != expected) {
            throw new IllegalStateException(source + ": expected " + expected + " rows, found " + rows.size());
        }
        return this;
    }

    private static List<String> cells(String source, int line, String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(source + " line " + line + ": unterminated quote");
        }
        cells.add(cell.toString());
        return cells;
    }

    /** One data row; {@code line} is its 1-based line in the file. Cells are stripped of surrounding blanks. */
    public record Row(String source, int line, Map<String, String> cells) {

        public String text(String column) {
            String value = optional(column);
            if (value == null) {
                throw invalid(column + " is empty");
            }
            return value;
        }

        public boolean isEmpty(String column) {
            return optional(column) == null;
        }

        public @Nullable String optional(String column) {
            String value = cells.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        /** The {@code ;}-separated parts of a cell, none when it is empty. */
        public List<String> list(String column) {
            String value = optional(column);
            if (value == null) {
                return List.of();
            }
            List<String> parts = Arrays.stream(value.split(";")).map(String::strip).toList();
            if (parts.contains("")) {
                throw invalid(column + " has an empty part");
            }
            return parts;
        }

        public int integer(String column) {
            try {
                return Integer.parseInt(text(column));
            } catch (NumberFormatException ex) {
                throw invalid(column + " is not a whole number");
            }
        }

        public BigDecimal positive(String column) {
            BigDecimal value;
            try {
                value = new BigDecimal(text(column));
            } catch (NumberFormatException ex) {
                throw invalid(column + " is not a number");
            }
            if (value.signum() <= 0) {
                throw invalid(column + " must be positive");
            }
            return value;
        }

        public IllegalStateException invalid(String why) {
            return new IllegalStateException(source + " line " + line + ": " + why);
        }
    }
}
