package org.chemsafe.enterprise.internal.excel;

import java.util.List;
import java.util.UUID;

/**
 * What an accepted import did: rows read, and how many of them registered something new, changed something, or
 * matched what was stored already; per sheet too.
 */
record ImportSummary(UUID enterpriseId, String kind, int rows, int created, int updated, int unchanged,
        List<SheetSummary> sheets) {

    /** The counts of one sheet ({@code kind}: units, tanks or inventory). */
    record SheetSummary(String kind, String sheet, int rows, int created, int updated, int unchanged) {
    }
}
