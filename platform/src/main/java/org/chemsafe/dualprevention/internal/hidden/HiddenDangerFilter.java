package org.chemsafe.dualprevention.internal.hidden;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which hidden dangers a list shows; every part optional.
 *
 * @param overdue true: only those being rectified past their deadline; false: only the others
 * @param pattern a LIKE pattern over name, description, responsible person and hazard code
 */
record HiddenDangerFilter(@Nullable UUID enterpriseId, @Nullable HiddenDangerStatus status,
        @Nullable DangerLevel dangerLevel, @Nullable Boolean overdue, @Nullable String pattern) {
}
