package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A risk analysis unit (安全风险分析单元) with the national fields.
 *
 * @param hazardDep          the department responsible (所属部门)
 * @param hazardLiablePerson the department head's name (部门负责人)
 * @param areaId             the area of the enterprise's site plan the unit lies in, for the 四色图 (optional)
 * @param hazardUnitId       the production or storage unit it belongs to: its inspection tasks pause while that
 *                           unit is stopped (停用) or under overhaul (检修) (optional)
 */
record RiskUnitRequest(@NotBlank @SingleLine @Size(max = 100) String riskUnitName,
        @Nullable @SingleLine @Size(max = 100) String hazardDep,
        @Nullable @SingleLine @Size(max = 50) String hazardLiablePerson, @Nullable UUID areaId,
        @Nullable UUID hazardUnitId) {
}
