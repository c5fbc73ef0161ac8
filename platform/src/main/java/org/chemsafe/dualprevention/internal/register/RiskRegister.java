package org.chemsafe.dualprevention.internal.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes of the risk register's rows, the same way for every table: reads in the caller's scope (a row
 * outside it is not found), a child created under a parent read in the caller's scope and owned by the parent's
 * enterprise, a risk analysis object owned as {@link EnterpriseAccess#ownerFor} decides. A row with children cannot
 * be deleted (409, from the foreign keys).
 */
@Service
@Transactional
class RiskRegister {

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final EnterpriseAccess access;
    private final UnitLinks links;

    RiskRegister(JdbcClient jdbc, ScopedJdbc scoped, EnterpriseAccess access, UnitLinks links) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.access = access;
        this.links = links;
    }

    @Transactional(readOnly = true)
    PageResult<RiskObjectView> objects(Actor actor, @Nullable UUID enterpriseId, PageQuery page) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        return scoped.page(actor.scope(), new ScopedJdbc.Page(RegisterTables.OBJECTS.select(), "risk_object t",
                "@scope(t.enterprise_id) and (cast(:enterpriseId as uuid) is null or t.enterprise_id = :enterpriseId)",
                RegisterTables.OBJECTS.order()), params, RegisterTables.OBJECTS.mapper(), page);
    }

    RiskObjectView createObject(Actor actor, RiskObjectRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        UUID id = UUID.randomUUID();
        RegisterTables.OBJECTS.insert(jdbc, id, enterpriseId, null, RegisterRequests.columns(request));
        return stored(RegisterTables.OBJECTS, enterpriseId, id);
    }

    @Transactional(readOnly = true)
    <V extends RegisterRow> V get(Actor actor, RegisterTable<V> table, UUID id) {
        V row = table.findVisible(scoped, id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound(table.name(), id));
        AuditTarget.concerns(row.enterpriseId());
        return row;
    }

    @Transactional(readOnly = true)
    <V extends RegisterRow> List<V> children(Actor actor, RegisterTable<?> parents, UUID parentId,
            RegisterTable<V> table) {
        get(actor, parents, parentId);
        return table.children(scoped, parentId, actor.scope());
    }

    <V extends RegisterRow> V create(Actor actor, RegisterTable<?> parents, UUID parentId, RegisterTable<V> table,
            Map<String, @Nullable Object> columns) {
        UUID enterpriseId = get(actor, parents, parentId).enterpriseId();
        UUID id = UUID.randomUUID();
        table.insert(jdbc, id, enterpriseId, parentId, columns);
        return stored(table, enterpriseId, id);
    }

    /** A unit under the object; its area and hazard unit, if named, must be the object's enterprise's. */
    RiskUnitView createUnit(Actor actor, UUID objectId, RiskUnitRequest request) {
        links.check(get(actor, RegisterTables.OBJECTS, objectId).enterpriseId(), request);
        return create(actor, RegisterTables.OBJECTS, objectId, RegisterTables.UNITS, RegisterRequests.columns(request));
    }

    RiskUnitView updateUnit(Actor actor, UUID id, RiskUnitRequest request) {
        links.check(get(actor, RegisterTables.UNITS, id).enterpriseId(), request);
        return update(actor, RegisterTables.UNITS, id, RegisterRequests.columns(request));
    }

    <V extends RegisterRow> V update(Actor actor, RegisterTable<V> table, UUID id,
            Map<String, @Nullable Object> columns) {
        UUID enterpriseId = get(actor, table, id).enterpriseId();
        table.update(jdbc, id, columns);
        return stored(table, enterpriseId, id);
    }

    void delete(Actor actor, RegisterTable<?> table, UUID id) {
        get(actor, table, id);
        table.delete(jdbc, id);
    }

    /** A row just written, read back in its owner's scope. */
    private <V extends RegisterRow> V stored(RegisterTable<V> table, UUID enterpriseId, UUID id) {
        return table.findVisible(scoped, id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }
}
