/**
 * Excel imports every module's ledgers share: columns found by their headers in Chinese or English, cells read and
 * checked with each problem's sheet, row, column and cell, list values by label or code, and the all-or-nothing
 * answer that lists every bad cell.
 */
@NullMarked
package org.chemsafe.shared.excel;

import org.jspecify.annotations.NullMarked;
