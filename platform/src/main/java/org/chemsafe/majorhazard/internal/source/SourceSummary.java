package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.chemsafe.majorhazard.MajorHazardLevel;
import org.chemsafe.enterprise.HazardUnitKind;
import org.jspecify.annotations.Nullable;

/** A major hazard source as lists show it, with the 包保 roles still missing (flagged on every list). */
record SourceSummary(UUID id, UUID enterpriseId, String enterpriseName, UUID unitId, String unitCode,
        String unitName, @Schema(implementation = HazardUnitKind.class) String unitKind,
        @Schema(implementation = MajorHazardLevel.class) @Nullable Integer level,
        @Nullable BigDecimal r, BigDecimal sumRatio, Instant identifiedAt, Instant assessedAt,
        @Schema(allowableValues = {"ACTIVE", "RETIRED"}) String status, boolean assessmentComplete,
        boolean accountableComplete, List<AccountableRole> missingRoles) {

    /** The same source with its enterprise's name (read from the enterprise module, not joined). */
    SourceSummary withEnterpriseName(String name) {
        return new SourceSummary(id, enterpriseId, name, unitId, unitCode, unitName, unitKind, level, r, sumRatio,
                identifiedAt, assessedAt, status, assessmentComplete, accountableComplete, missingRoles);
    }
}
