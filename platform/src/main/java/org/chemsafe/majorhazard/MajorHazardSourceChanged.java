package org.chemsafe.majorhazard;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A unit became a major hazard source, changed level, or stopped being one ({@code retired}). Reporting to the
 * government systems reacts to it.
 */
public record MajorHazardSourceChanged(UUID sourceId, UUID enterpriseId, UUID unitId, @Nullable Integer level,
        boolean retired) {
}
