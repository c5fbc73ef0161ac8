package org.chemsafe.dualprevention.internal.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of one register table, whose rows carry {@code id}, {@code enterprise_id} and the id of their parent
 * (none for the risk analysis objects): reads in the caller's scope, writes of the national columns by name. Table
 * and column names are constants of this module, never input.
 *
 * @param name         the table
 * @param parentColumn the column naming the parent row, null for a root table
 * @param select       the select list and FROM clause, the table aliased {@code t}
 * @param order        the order of a parent's children
 */
record RegisterTable<V extends RegisterRow>(String name, @Nullable String parentColumn, String select, String order,
        RowMapper<V> mapper) {

    Optional<V> findVisible(ScopedJdbc scoped, UUID id, DataScope scope) {
        return scoped.sql(scope, select + " where @scope(t.enterprise_id) and t.id = :id").param("id", id)
                .query(mapper).optional();
    }

    List<V> children(ScopedJdbc scoped, UUID parentId, DataScope scope) {
        Objects.requireNonNull(parentColumn, () -> name + " has no parent");
        return scoped.sql(scope, select + " where @scope(t.enterprise_id) and t." + parentColumn + " = :parentId"
                + " order by " + order).param("parentId", parentId).query(mapper).list();
    }

    void insert(JdbcClient jdbc, UUID id, UUID enterpriseId, @Nullable UUID parentId,
            Map<String, @Nullable Object> values) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("enterprise_id", enterpriseId);
        if (parentColumn != null) {
            row.put(parentColumn, parentId);
        }
        row.putAll(values);
        jdbc.sql("insert into " + name + " (" + String.join(", ", row.keySet()) + ") values ("
                + row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")")
                .params(row).update();
    }

    void update(JdbcClient jdbc, UUID id, Map<String, @Nullable Object> values) {
        jdbc.sql("update " + name + " set " + values.keySet().stream().map(column -> column + " = :" + column)
                .collect(Collectors.joining(", ")) + ", updated_at = now() where id = :id").params(values)
                .param("id", id).update();
    }

    void delete(JdbcClient jdbc, UUID id) {
        jdbc.sql("delete from " + name + " where id = :id").param("id", id).update();
    }
}
