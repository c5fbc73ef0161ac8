package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InventoryRepository {

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    InventoryRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** A stored inventory item: the unit, the chemical and the tonnes entered (null: derive from tanks). */
    record Item(UUID id, UUID enterpriseId, UUID unitId, UUID chemicalId, @Nullable BigDecimal enteredTonnes) {
    }

    /** The unit's items; unscoped: the unit was read in the caller's scope (or is system work's) first. */
    List<Item> ofUnit(UUID unitId) {
        return jdbc.sql("select * from inventory_item where unit_id = :id order by id").param("id", unitId)
                .query(InventoryRepository::item)
                .list();
    }

    Optional<Item> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, "select * from inventory_item i where @scope(i.enterprise_id) and i.id = :id")
                .param("id", id).query(InventoryRepository::item).optional();
    }

    boolean holds(UUID unitId, UUID chemicalId) {
        return jdbc.sql("select exists(select 1 from inventory_item where unit_id = :unit and chemical_id = :chemical)")
                .param("unit", unitId).param("chemical", chemicalId).query(Boolean.class).single();
    }

    void insert(UUID id, UUID enterpriseId, UUID unitId, UUID chemicalId, @Nullable BigDecimal tonnes) {
        jdbc.sql("""
                insert into inventory_item (id, enterprise_id, unit_id, chemical_id, design_max_tonnes)
                values (:id, :enterpriseId, :unit, :chemical, :tonnes)""")
                .param("id", id).param("enterpriseId", enterpriseId).param("unit", unitId)
                .param("chemical", chemicalId).param("tonnes", tonnes).update();
    }

    void update(UUID id, @Nullable BigDecimal tonnes) {
        jdbc.sql("update inventory_item set design_max_tonnes = :tonnes where id = :id").param("id", id)
                .param("tonnes", tonnes).update();
    }

    private static Item item(ResultSet rs, int rowNum) throws SQLException {
        return new Item(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getObject("chemical_id", UUID.class),
                rs.getBigDecimal("design_max_tonnes"));
    }

    void delete(UUID id) {
        jdbc.sql("delete from inventory_item where id = :id").param("id", id).update();
    }
}
