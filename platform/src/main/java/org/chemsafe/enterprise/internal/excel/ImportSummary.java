package org.chemsafe.enterprise.internal.excel;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an accepted import did: rows read, and how many of them registered something new, changed something, or
 * matched what was stored already; per sheet too.
 */
record ImportSummary(UUID enterpriseId,
        @Schema(allowableValues = {"units", "tanks", "inventory", "registry"}) String kind, int rows, int created,
        int updated, int unchanged, List<SheetSummary> sheets) {

    /** The counts of one sheet. */
    record SheetSummary(@Schema(allowableValues = {"units", "tanks", "inventory"}) String kind, String sheet, int rows,
            int created, int updated, int unchanged) {
    }
}
