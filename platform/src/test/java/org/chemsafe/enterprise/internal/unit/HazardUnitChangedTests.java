package org.chemsafe.enterprise.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.enterprise.HazardUnitChanged;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.shared.Actor;
import org.chemsafe.support.PlatformTest;
import org.chemsafe.support.TestEnterprises;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Other modules keep a unit's code, name and kind from {@link HazardUnitChanged}: every way a unit changes says so. */
@PlatformTest
@RecordApplicationEvents
class HazardUnitChangedTests {

    @Autowired
    Units units;

    @Autowired
    EnterpriseDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    ApplicationEvents events;

    UUID enterprise;

    @BeforeEach
    void enterprise() {
        enterprise = TestEnterprises.register(directory, registry, "事件测试化工");
    }

    @Test
    void registeringRenamingAndRemovingAUnitAreAnnounced() {
        Actor system = Actor.system();
        UnitView unit = units.register(system, request(HazardUnitKind.TANK_FARM, "TF-EV-1", "事件罐区"));
        assertThat(changes()).containsExactly(
                new HazardUnitChanged(unit.id(), enterprise, "TF-EV-1", "事件罐区", HazardUnitKind.TANK_FARM, false));

        units.update(system, unit.id(), request(HazardUnitKind.TANK_FARM, "TF-EV-1", "事件罐区"));
        assertThat(changes()).as("nothing renamed").hasSize(1);

        units.update(system, unit.id(), request(HazardUnitKind.TANK_FARM, "TF-EV-2", "改名罐区"));
        assertThat(changes()).last().isEqualTo(
                new HazardUnitChanged(unit.id(), enterprise, "TF-EV-2", "改名罐区", HazardUnitKind.TANK_FARM, false));

        units.delete(system, unit.id());
        assertThat(changes()).hasSize(3).last().isEqualTo(
                new HazardUnitChanged(unit.id(), enterprise, "TF-EV-2", "改名罐区", HazardUnitKind.TANK_FARM, true));
    }

    @Test
    void anImportRegisteringAndRenamingAUnitIsAnnounced() {
        Actor system = Actor.system();
        Units.Saved created = units.save(system, enterprise, draft("WH-EV-1", "事件仓库"), null, "导入");
        Units.Saved unchanged = units.save(system, enterprise, draft("WH-EV-1", "事件仓库"), created.id(), "导入");
        Units.Saved renamed = units.save(system, enterprise, draft("WH-EV-1", "改名仓库"), created.id(), "导入");

        assertThat(unchanged.change()).isEqualTo(Units.Change.UNCHANGED);
        assertThat(renamed.change()).isEqualTo(Units.Change.UPDATED);
        assertThat(changes()).containsExactly(
                new HazardUnitChanged(created.id(), enterprise, "WH-EV-1", "事件仓库", HazardUnitKind.WAREHOUSE, false),
                new HazardUnitChanged(created.id(), enterprise, "WH-EV-1", "改名仓库", HazardUnitKind.WAREHOUSE, false));
    }

    private List<HazardUnitChanged> changes() {
        return events.stream(HazardUnitChanged.class).filter(event -> event.enterpriseId().equals(enterprise)).toList();
    }

    private UnitRequest request(HazardUnitKind kind, String code, String name) {
        return new UnitRequest(enterprise, kind, code, name, null, null, null);
    }

    private static Units.Draft draft(String code, String name) {
        return new Units.Draft(HazardUnitKind.WAREHOUSE, code, name, Set.of(), null);
    }
}
