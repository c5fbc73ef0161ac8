package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import org.chemsafe.dualprevention.DualPreventionSetup;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultDualPreventionSetup implements DualPreventionSetup {

    private final RiskRegister register;
    private final RiskAssessments assessments;

    DefaultDualPreventionSetup(RiskRegister register, RiskAssessments assessments) {
        this.register = register;
        this.assessments = assessments;
    }

    @Override
    public UUID addRiskObject(UUID enterpriseId, String name, @Nullable String hazardCode) {
        return register.createObject(Actor.system(), new RiskObjectRequest(enterpriseId, hazardCode, name)).id();
    }

    @Override
    public UUID addRiskUnit(UUID objectId, String name, @Nullable String department, @Nullable UUID areaId) {
        return register.createUnit(Actor.system(), objectId, new RiskUnitRequest(name, department, null, areaId, null)).id();
    }

    @Override
    public UUID addAssessedRiskEvent(UUID unitId, String name, RiskCalculationRequest assessment) {
        UUID event = register.create(Actor.system(), RegisterTables.UNITS, unitId, RegisterTables.EVENTS,
                RegisterRequests.columns(new RiskEventRequest(name))).id();
        assessments.assess(Actor.system(), event, assessment);
        return event;
    }
}
