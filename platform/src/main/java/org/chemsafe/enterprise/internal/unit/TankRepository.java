package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.TankRef;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TankRepository {

    private static final String SELECT = """
            select t.*, coalesce(c.name, rc.name) as chemical_name from tank t
            left join chemical c on c.id = t.chemical_id left join chemical rc on rc.id = c.reference_chemical_id""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    TankRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    List<TankRef> refsOf(UUID enterpriseId) {
        return jdbc.sql("""
                select t.id, t.tank_farm_id, u.code as farm_code, t.code from tank t
                join hazard_unit u on u.id = t.tank_farm_id where t.enterprise_id = :id order by u.code, t.code""")
                .param("id", enterpriseId).query((rs, row) -> new TankRef(rs.getObject("id", UUID.class),
                        rs.getObject("tank_farm_id", UUID.class), rs.getString("farm_code"), rs.getString("code")))
                .list();
    }

    List<TankView> ofFarm(UUID tankFarmId, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(t.enterprise_id) and t.tank_farm_id = :id order by t.code")
                .param("id", tankFarmId).query(TankRepository::map).list();
    }

    Optional<TankView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(t.enterprise_id) and t.id = :id").param("id", id)
                .query(TankRepository::map).optional();
    }

    boolean codeTaken(UUID tankFarmId, String code, @Nullable UUID except) {
        return jdbc.sql("""
                select exists(select 1 from tank where tank_farm_id = :farm and code = :code
                and id is distinct from :except)""")
                .param("farm", tankFarmId).param("code", code).param("except", except).query(Boolean.class).single();
    }

    void insert(UUID id, UUID enterpriseId, UUID tankFarmId, TankRequest tank) {
        jdbc.sql("""
                insert into tank (id, enterprise_id, tank_farm_id, code, tank_type, volume_m3, chemical_id,
                    design_pressure_mpa, design_temperature_c, max_fill_ratio)
                values (:id, :enterpriseId, :farm, :code, :type, :volume, :chemical, :pressure, :temperature, :fill)""")
                .param("id", id).param("enterpriseId", enterpriseId).param("farm", tankFarmId)
                .param("code", tank.code()).param("type", tank.tankType().name()).param("volume", tank.volumeM3())
                .param("chemical", tank.chemicalId()).param("pressure", tank.designPressureMpa())
                .param("temperature", tank.designTemperatureC()).param("fill", tank.maxFillRatio()).update();
    }

    void update(UUID id, TankRequest tank) {
        jdbc.sql("""
                update tank set code = :code, tank_type = :type, volume_m3 = :volume, chemical_id = :chemical,
                    design_pressure_mpa = :pressure, design_temperature_c = :temperature, max_fill_ratio = :fill
                where id = :id""")
                .param("id", id).param("code", tank.code()).param("type", tank.tankType().name())
                .param("volume", tank.volumeM3()).param("chemical", tank.chemicalId())
                .param("pressure", tank.designPressureMpa()).param("temperature", tank.designTemperatureC())
                .param("fill", tank.maxFillRatio()).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from tank where id = :id").param("id", id).update();
    }

    /**
     * Per chemical held in the farm's tanks: Σ volume × maximum fill ratio, in m³. Unscoped: the farm was read in
     * the caller's scope (or is system work's) before its tanks are summed.
     */
    Map<UUID, BigDecimal> fillableVolumeByChemical(UUID tankFarmId) {
        return jdbc.sql("""
                select chemical_id, sum(volume_m3 * max_fill_ratio) from tank
                where tank_farm_id = :id and chemical_id is not null group by chemical_id""")
                .param("id", tankFarmId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static TankView map(ResultSet rs, int rowNum) throws SQLException {
        return new TankView(rs.getObject("id", UUID.class), rs.getObject("tank_farm_id", UUID.class),
                rs.getString("code"), TankType.valueOf(rs.getString("tank_type")), rs.getBigDecimal("volume_m3"),
                rs.getObject("chemical_id", UUID.class), rs.getString("chemical_name"),
                rs.getBigDecimal("design_pressure_mpa"), rs.getBigDecimal("design_temperature_c"),
                rs.getBigDecimal("max_fill_ratio"));
    }
}
