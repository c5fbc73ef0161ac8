package org.chemsafe.dualprevention.internal.inspection;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.enterprise.ProductionStatusChanged;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The times production units were stopped or under overhaul, from the enterprise module's
 * {@link ProductionStatusChanged} kept in this module's {@code dual_prevention_unit_status}: inspection occurrences
 * of tasks under such a unit are paused (issue 10: "units stopped or under maintenance (停用/检修 records) pause
 * their tasks"). Idempotent: a replayed event adds nothing; changes are read in their sequence's order.
 */
@Component
class UnitPauses {

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    UnitPauses(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    @ApplicationModuleListener
    void on(ProductionStatusChanged changed) {
        jdbc.sql("""
                insert into dual_prevention_unit_status
                    (sequence, unit_id, enterprise_id, status, stopped, reason, changed_at)
                values (:sequence, :unitId, :enterpriseId, :status, :stopped, :reason, :changedAt)
                on conflict (sequence) do nothing""")
                .param("sequence", changed.sequence()).param("unitId", changed.unitId())
                .param("enterpriseId", changed.enterpriseId()).param("status", changed.status().name())
                .param("stopped", changed.stopped()).param("reason", changed.reason())
                .param("changedAt", Timestamp.from(changed.changedAt())).update();
    }

    /** The pauses of each of the units (those never stopped are absent), in one query. */
    Map<UUID, List<UnitPause>> of(Collection<UUID> unitIds, DataScope scope) {
        List<UUID> units = unitIds.stream().distinct().toList();
        if (units.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UnitPause.Change>> changes = scoped.sql(scope, """
                select s.unit_id, s.sequence, s.stopped, s.changed_at from dual_prevention_unit_status s
                where @scope(s.enterprise_id) and s.unit_id = any(:units)""")
                .param("units", units.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject("unit_id", UUID.class), new UnitPause.Change(
                        rs.getLong("sequence"), rs.getBoolean("stopped"), rs.getTimestamp("changed_at").toInstant())))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<UnitPause>> pauses = new HashMap<>();
        changes.forEach((unit, list) -> {
            List<UnitPause> of = UnitPause.of(list);
            if (!of.isEmpty()) {
                pauses.put(unit, of);
            }
        });
        return pauses;
    }
}
