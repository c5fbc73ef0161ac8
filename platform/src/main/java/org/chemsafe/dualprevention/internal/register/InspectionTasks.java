package org.chemsafe.dualprevention.internal.register;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inspection tasks for the module's rounds, records and scores, always read in a scope. */
@Component
@Transactional(readOnly = true)
public class InspectionTasks {

    private final RiskRegister register;
    private final ScopedJdbc scoped;

    InspectionTasks(RiskRegister register, ScopedJdbc scoped) {
        this.register = register;
        this.scoped = scoped;
    }

    /** The task if the caller's scope holds it, else a 404 problem; its enterprise named for the audit. */
    public InspectionTaskView get(Actor actor, UUID id) {
        return register.get(actor, RegisterTables.TASKS, id);
    }

    public Optional<InspectionTaskView> find(UUID id, DataScope scope) {
        return RegisterTables.TASKS.findVisible(scoped, id, scope);
    }

    /** The tasks of the scope assigned to the user, or to a post (role) the user holds. */
    public List<InspectionTaskView> assignedTo(UUID userId, Set<String> roles, DataScope scope) {
        return scoped.sql(scope, RegisterTables.TASKS.select() + " where @scope(t.enterprise_id)"
                + " and (t.assignee_id = :userId or t.assignee_role = any(:roles)) order by "
                + RegisterTables.TASKS.order()).param("userId", userId).param("roles", roles.toArray(String[]::new))
                .query(RegisterTables.TASKS.mapper()).list();
    }

    /** Every task of the scope, or of one enterprise in it. */
    public List<InspectionTaskView> of(DataScope scope, @Nullable UUID enterpriseId) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        return scoped.sql(scope, RegisterTables.TASKS.select() + " where @scope(t.enterprise_id)"
                + " and (cast(:enterpriseId as uuid) is null or t.enterprise_id = :enterpriseId) order by t.id")
                .params(params).query(RegisterTables.TASKS.mapper()).list();
    }
}
