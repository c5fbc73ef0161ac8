package org.chemsafe.majorhazard.internal.source;

import org.chemsafe.enterprise.HazardUnitChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the module's view of the units current from the enterprise module's {@link HazardUnitChanged} (after that
 * change committed, in its own transaction), so a renamed unit shows its new code and name in the register, its
 * search and the ledger. Idempotent: a replayed event leaves the same rows.
 */
@Component
class UnitChanges {

    private final UnitReadModel readModel;
    private final AssessmentRepository assessments;

    UnitChanges(UnitReadModel readModel, AssessmentRepository assessments) {
        this.readModel = readModel;
        this.assessments = assessments;
    }

    @ApplicationModuleListener
    void on(HazardUnitChanged changed) {
        readModel.apply(changed);
        if (changed.removed()) {
            assessments.forgetExposure(changed.unitId());
        }
    }
}
