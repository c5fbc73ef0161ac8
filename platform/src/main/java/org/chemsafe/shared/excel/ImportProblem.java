package org.chemsafe.shared.excel;

import org.jspecify.annotations.Nullable;

/**
 * One bad cell of an import (or a bad row, header or sheet).
 *
 * @param sheet   the sheet's name as in the file
 * @param row     the row number as Excel shows it (the header is row 1)
 * @param column  the column's header as in the file (or as the template names it, for a missing column)
 * @param cell    the cell's reference such as "D5", when the problem is in one cell
 * @param field   the request field the column fills ({@code volumeM3}, {@code chemical}, …)
 * @param code    a stable code: {@code required}, {@code typeMismatch}, {@code unknownValue}, {@code duplicate},
 *                a Bean Validation constraint ({@code DecimalMax}), or a rule's message key ({@code unit.code.taken})
 * @param message what is wrong, in the caller's language
 */
public record ImportProblem(String sheet, int row, @Nullable String column, @Nullable String cell, String field, String code,
        String message) {
}
