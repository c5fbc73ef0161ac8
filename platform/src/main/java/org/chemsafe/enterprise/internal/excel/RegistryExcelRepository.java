package org.chemsafe.enterprise.internal.excel;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseStatus;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.StandardizationLevel;
import org.chemsafe.enterprise.internal.excel.ChemicalResolver.Candidate;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What imports look up (codes, chemicals, processes) and exports list; it reads only. The lists of one enterprise's
 * rows take the enterprise the controller resolved for the caller ({@link #enterpriseName} in the caller's scope for
 * exports, the owner check for imports), so they filter by that enterprise alone.
 */
@Repository
class RegistryExcelRepository {

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    RegistryExcelRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** A stored unit as a row of the units sheet. */
    record UnitRow(UUID id, HazardUnitKind kind, String code, String name, List<String> hazardousProcesses,
            @Nullable ProductionStatus status) {
    }

    /** A stored tank as a row of the tanks sheet. */
    record TankRow(UUID id, UUID tankFarmId, String tankFarmCode, String code, String tankType, BigDecimal volumeM3,
            @Nullable UUID chemicalId, @Nullable BigDecimal designPressureMpa, @Nullable BigDecimal designTemperatureC,
            BigDecimal maxFillRatio) {
    }

    /** A stored inventory item as a row of the inventory sheet (the tonnes entered; null: derived from tanks). */
    record InventoryRow(UUID unitId, String unitCode, String unitName, UUID chemicalId,
            @Nullable BigDecimal enteredTonnes) {
    }

    /** A hazardous process of the reference list. */
    record Process(String code, String nameZh, String nameEn) {
    }

    /** An enterprise as a row of the registry export. */
    record EnterpriseRow(UUID id, String name, @Nullable String creditCode, String regionName,
            @Nullable String address, List<EnterpriseKind> kinds, @Nullable String principalName,
            @Nullable String principalPhone, @Nullable String safetyDirectorName,
            @Nullable String safetyDirectorPhone, StandardizationLevel standardizationLevel, EnterpriseStatus status,
            long units) {
    }

    /** The enterprise's name if the scope may see it. */
    Optional<String> enterpriseName(UUID id, DataScope scope) {
        return scoped.sql(scope, "select e.name from enterprise e where @scope(e.id) and e.id = :id").param("id", id)
                .query(String.class).optional();
    }

    List<UnitRow> units(UUID enterpriseId) {
        return jdbc.sql("""
                select id, kind, code, name, hazardous_processes, status from hazard_unit
                where enterprise_id = :id order by code""")
                .param("id", enterpriseId)
                .query((rs, n) -> new UnitRow(rs.getObject("id", UUID.class),
                        HazardUnitKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                        strings(rs.getArray("hazardous_processes")),
                        rs.getString("status") == null ? null : ProductionStatus.valueOf(rs.getString("status"))))
                .list();
    }

    List<TankRow> tanks(UUID enterpriseId) {
        return jdbc.sql("""
                select t.*, u.code as farm_code from tank t join hazard_unit u on u.id = t.tank_farm_id
                where t.enterprise_id = :id order by u.code, t.code""")
                .param("id", enterpriseId)
                .query((rs, n) -> new TankRow(rs.getObject("id", UUID.class), rs.getObject("tank_farm_id", UUID.class),
                        rs.getString("farm_code"), rs.getString("code"), rs.getString("tank_type"),
                        rs.getBigDecimal("volume_m3"), rs.getObject("chemical_id", UUID.class),
                        rs.getBigDecimal("design_pressure_mpa"), rs.getBigDecimal("design_temperature_c"),
                        rs.getBigDecimal("max_fill_ratio")))
                .list();
    }

    List<InventoryRow> inventory(UUID enterpriseId) {
        return jdbc.sql("""
                select i.unit_id, u.code as unit_code, u.name as unit_name, i.chemical_id, i.design_max_tonnes
                from inventory_item i join hazard_unit u on u.id = i.unit_id
                where i.enterprise_id = :id order by u.code, i.id""")
                .param("id", enterpriseId)
                .query((rs, n) -> new InventoryRow(rs.getObject("unit_id", UUID.class), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getObject("chemical_id", UUID.class),
                        rs.getBigDecimal("design_max_tonnes")))
                .list();
    }

    /** The enterprise's own chemicals, with what a link to a Table 1 row inherits from it. */
    List<Candidate> ownChemicals(UUID enterpriseId) {
        return jdbc.sql("""
                select c.id, c.reference_chemical_id, coalesce(r.name, c.name) as name,
                       coalesce(r.aliases, '{}') || c.aliases as aliases,
                       coalesce(r.cas_numbers, c.cas_numbers) as cas_numbers
                from chemical c left join chemical r on r.id = c.reference_chemical_id
                where c.enterprise_id = :id order by c.id""")
                .param("id", enterpriseId)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("name"),
                        strings(rs.getArray("aliases")), strings(rs.getArray("cas_numbers")), true,
                        rs.getObject("reference_chemical_id", UUID.class)))
                .list();
    }

    List<Process> processes() {
        return jdbc.sql("select code, name_zh, name_en from hazardous_process order by sort_order")
                .query((rs, n) -> new Process(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The enterprises the scope may see, by name, with their number of hazard units. */
    List<EnterpriseRow> enterprises(DataScope scope) {
        return scoped.sql(scope, """
                select e.*, r.name as region_name,
                       (select count(*) from hazard_unit u where u.enterprise_id = e.id) as units
                from enterprise e join region r on r.code = e.region_code
                where @scope(e.id) order by e.name""")
                .query((rs, n) -> new EnterpriseRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("unified_social_credit_code"), rs.getString("region_name"),
                        rs.getString("address"),
                        strings(rs.getArray("kinds")).stream().map(EnterpriseKind::valueOf).toList(),
                        rs.getString("principal_name"), rs.getString("principal_phone"),
                        rs.getString("safety_director_name"), rs.getString("safety_director_phone"),
                        StandardizationLevel.valueOf(rs.getString("standardization_level")),
                        EnterpriseStatus.valueOf(rs.getString("status")), rs.getLong("units")))
                .list();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
