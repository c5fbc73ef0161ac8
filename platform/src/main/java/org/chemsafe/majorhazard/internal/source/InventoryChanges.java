package org.chemsafe.majorhazard.internal.source;

import org.chemsafe.enterprise.ChemicalChanged;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-assesses units after what they hold changed: their inventory or tanks, or a chemical they hold (after that
 * change committed, in its own transaction).
 */
@Component
class InventoryChanges {

    private final UnitAssessor assessor;
    private final HazardUnits units;

    InventoryChanges(UnitAssessor assessor, HazardUnits units) {
        this.assessor = assessor;
        this.units = units;
    }

    @ApplicationModuleListener
    void on(UnitInventoryChanged changed) {
        assessor.assess(changed.unitId(), AssessmentTrigger.INVENTORY_CHANGED);
    }

    @ApplicationModuleListener
    void on(ChemicalChanged changed) {
        for (UnitInventory unit : units.inventoriesOf(changed.enterpriseId())) {
            if (unit.lines().stream().anyMatch(line -> line.chemicalId().equals(changed.chemicalId()))) {
                assessor.assess(unit.unitId(), AssessmentTrigger.INVENTORY_CHANGED);
            }
        }
    }
}
