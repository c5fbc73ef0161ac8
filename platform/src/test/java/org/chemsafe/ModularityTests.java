package org.chemsafe;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold (no cycles, no access to other modules' internals) and the module docs are written. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ChemSafeApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
