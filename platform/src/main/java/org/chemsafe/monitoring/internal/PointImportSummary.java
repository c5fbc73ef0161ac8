package org.chemsafe.monitoring.internal;

import java.util.UUID;

/** What an accepted points import did: rows read, points registered, changed, and rows equal to what was stored. */
record PointImportSummary(UUID enterpriseId, String sheet, int rows, int created, int updated, int unchanged) {
}
