package org.chemsafe.shared.excel;

/**
 * A column of an import sheet.
 *
 * @param field    the request field it fills (as field errors name it), also accepted as a header
 * @param type     how its cells are read
 * @param required whether every row must fill it
 * @param width    column width in characters
 */
public record ColumnSpec(String field, CellType type, boolean required, int width) {

    /** How a column's cells are read. */
    public enum CellType {
        /** A code: text, a whole number read as its digits. */
        CODE,
        /** Free text. */
        TEXT,
        NUMBER,
        /** One value of a list, by its Chinese or English label or its code. */
        CHOICE,
        /** Several values of a list separated by ；;，,、 or line breaks. */
        CHOICES,
        /** A reference the importing module resolves: a chemical by name, alias or CAS number, a unit by code. */
        LOOKUP,
        /** Shown in exports only, ignored on import. */
        INFO
    }

    public static ColumnSpec required(String field, CellType type, int width) {
        return new ColumnSpec(field, type, true, width);
    }

    public static ColumnSpec optional(String field, CellType type, int width) {
        return new ColumnSpec(field, type, false, width);
    }
}
