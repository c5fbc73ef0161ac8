package org.chemsafe.majorhazard.internal.source;

import org.chemsafe.enterprise.UnitInventoryChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Re-assesses a unit after its inventory or tanks changed (after that change committed, in its own transaction). */
@Component
class InventoryChanges {

    private final UnitAssessor assessor;

    InventoryChanges(UnitAssessor assessor) {
        this.assessor = assessor;
    }

    @ApplicationModuleListener
    void on(UnitInventoryChanged changed) {
        assessor.assess(changed.unitId(), AssessmentTrigger.INVENTORY_CHANGED);
    }
}
