package org.chemsafe.shared.excel;

import java.util.Set;

/** How one import sheet names its columns: the header written, and every header it is recognised by. */
public interface SheetLabels {

    /** The header files carry (Chinese). */
    String header(ColumnSpec column);

    /** The headers the column is recognised by (Chinese, English, its field name), as {@link CellText#key}s. */
    Set<String> headerNames(ColumnSpec column);
}
