package org.chemsafe.dualprevention;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Builds a risk register for the platform's own set-up (demo data), with the same rules as the API. */
public interface DualPreventionSetup {

    /** A risk analysis object of the enterprise (a major hazard source's code, if it is one). */
    UUID addRiskObject(UUID enterpriseId, String name, @Nullable String hazardCode);

    /** A risk analysis unit under the object, lying in the site-plan area given (if any). */
    UUID addRiskUnit(UUID objectId, String name, @Nullable String department, @Nullable UUID areaId);

    /** A risk event of the unit, assessed once. */
    UUID addAssessedRiskEvent(UUID unitId, String name, RiskCalculationRequest assessment);
}
