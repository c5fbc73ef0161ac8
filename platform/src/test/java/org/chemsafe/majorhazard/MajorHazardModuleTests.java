package org.chemsafe.majorhazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.HazardUnitChanged;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.InventoryLine;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.enterprise.UnitInventoryChanged;
import org.chemsafe.identity.UserDirectory;
import org.chemsafe.shared.EnterpriseFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The major hazard module alone (with the shared kernel and its database), its neighbours mocked: the event flows
 * from the enterprise module into the register and the module's view of the units.
 */
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.MOCK)
@ActiveProfiles("test")
class MajorHazardModuleTests {

    /** GB 18218-2018 Table 1 row 1: 氨, Q = 10 t. */
    static final ChemicalInfo AMMONIA = new ChemicalInfo(UUID.randomUUID(), null, null, "氨", List.of("液氨"),
            List.of("7664-41-7"), 1, BigDecimal.TEN, List.of(), true, false, false, null, null, null, null, null);

    @MockitoBean
    HazardUnits units;
    @MockitoBean
    ChemicalCatalogue catalogue;
    @MockitoBean
    EnterpriseDirectory directory;
    @MockitoBean
    UserDirectory users;

    @Autowired
    JdbcClient jdbc;

    UUID enterpriseId;
    UUID unitId;

    @BeforeEach
    void neighbours() {
        enterpriseId = UUID.randomUUID();
        unitId = UUID.randomUUID();
        when(directory.filterFor(any())).thenReturn(EnterpriseFilter.all());
        when(catalogue.find(AMMONIA.id())).thenReturn(Optional.of(AMMONIA));
    }

    @Test
    void aUnitHoldingMoreThanTheCriticalQuantityBecomesASourceAndBelowItIsRetired(Scenario scenario) {
        // 20 t of ammonia (Q = 10 t): S = 2
        holds("20");
        scenario.publish(new UnitInventoryChanged(unitId, enterpriseId))
                .andWaitForStateChange(() -> source("status"), "ACTIVE"::equals)
                .andVerify(status -> {
                    assertThat(source("sum_ratio")).isEqualTo("2.0000");
                    assertThat(view("code")).as("the unit, as its owner's API told it").isEqualTo("W-1");
                });
        // 5 t with 10 people known: a complete assessment with S = 0.5 retires the source
        jdbc.sql("""
                insert into unit_exposure (unit_id, enterprise_id, exposed_people, updated_by)
                values (:unitId, :enterpriseId, 10, 'test')""").param("unitId", unitId)
                .param("enterpriseId", enterpriseId).update();
        holds("5");
        scenario.publish(new UnitInventoryChanged(unitId, enterpriseId))
                .andWaitForStateChange(() -> source("status"), "RETIRED"::equals);
    }

    @Test
    void aReplayedInventoryEventAddsNoSecondHistoryRow(Scenario scenario) {
        holds("20");
        scenario.publish(new UnitInventoryChanged(unitId, enterpriseId))
                .andWaitForStateChange(this::assessments, count -> count == 1);
        scenario.publish(new UnitInventoryChanged(unitId, enterpriseId))
                .andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> assertThat(assessments()).as("the replay changed nothing").isEqualTo(1));

        holds("30");
        scenario.publish(new UnitInventoryChanged(unitId, enterpriseId))
                .andWaitForStateChange(this::assessments, count -> count == 2);
    }

    @Test
    void aHazardUnitChangedIsKeptInTheModulesViewOfTheUnits(Scenario scenario) {
        HazardUnitChanged renamed = new HazardUnitChanged(unitId, enterpriseId, "T-9", "新罐区", HazardUnitKind.TANK_FARM,
                false);
        scenario.publish(renamed).andWaitForStateChange(() -> view("name"), "新罐区"::equals);
        scenario.publish(renamed).andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> assertThat(view("code")).isEqualTo("T-9"));

        scenario.publish(new HazardUnitChanged(unitId, enterpriseId, "T-9", "新罐区", HazardUnitKind.TANK_FARM, true))
                .andWaitForStateChange(() -> view("removed"), "true"::equals);
        scenario.publish(renamed).andWaitForStateChange(this::pendingPublications, pending -> pending == 0)
                .andVerify(pending -> assertThat(view("removed")).as("a removed unit stays removed")
                        .isEqualTo("true"));
    }

    private void holds(String tonnes) {
        when(units.inventoryOf(unitId)).thenReturn(Optional.of(new UnitInventory(unitId, enterpriseId,
                HazardUnitKind.WAREHOUSE, "W-1", "液氨库", List.of(new InventoryLine(AMMONIA.id(), "液氨",
                        new BigDecimal(tonnes), InventoryLine.Source.ENTERED, null)))));
    }

    private long assessments() {
        return jdbc.sql("select count(*) from unit_assessment where unit_id = :id").param("id", unitId)
                .query(Long.class).single();
    }

    private long pendingPublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single();
    }

    private String source(String column) {
        return jdbc.sql("select cast(" + column + " as text) from major_hazard_source where unit_id = :id")
                .param("id", unitId).query(String.class).optional().orElse("");
    }

    private String view(String column) {
        return jdbc.sql("select cast(" + column + " as text) from major_hazard_unit where unit_id = :id")
                .param("id", unitId).query(String.class).optional().orElse("");
    }
}
