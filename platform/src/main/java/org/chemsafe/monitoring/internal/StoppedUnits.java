package org.chemsafe.monitoring.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.ProductionStatusChanged;
import org.chemsafe.shared.AfterCommit;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The production units stopped (停用) or under overhaul (检修), kept from the enterprise module's
 * {@link ProductionStatusChanged} in this module's {@code monitoring_unit_status} and in memory, so the alarm rules
 * can tell, without a query, that a point's process alarm is suppressed by design (issue 8: "a production unit in
 * stopped or overhaul status suppresses its process alarms (never its gas-detector alarms), with the reason shown").
 * Idempotent: a replayed or older event changes nothing.
 */
@Component
class StoppedUnits implements InitializingBean {

    /** The length of an alarm's suppression reason. */
    private static final int MAX_REASON = 200;

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    /** Stopped units → the suppression reason shown on their alarms. */
    private final Map<UUID, String> stopped = new ConcurrentHashMap<>();

    StoppedUnits(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    @Override
    public void afterPropertiesSet() {
        scoped.sql(DataScope.platform(), """
                select unit_id, status, reason from monitoring_unit_status
                where @scope(enterprise_id) and status in ('STOPPED', 'OVERHAUL')""")
                .query((rs, row) -> Map.entry(rs.getObject("unit_id", UUID.class),
                        reason(ProductionStatus.valueOf(rs.getString("status")), rs.getString("reason"))))
                .list().forEach(unit -> stopped.put(unit.getKey(), unit.getValue()));
    }

    @ApplicationModuleListener
    void on(ProductionStatusChanged changed) {
        int newer = jdbc.sql("""
                insert into monitoring_unit_status (unit_id, enterprise_id, status, reason, sequence)
                values (:unitId, :enterpriseId, :status, :reason, :sequence)
                on conflict (unit_id) do update set status = excluded.status, reason = excluded.reason,
                    sequence = excluded.sequence
                where monitoring_unit_status.sequence < excluded.sequence""")
                .param("unitId", changed.unitId()).param("enterpriseId", changed.enterpriseId())
                .param("status", changed.status().name()).param("reason", changed.reason())
                .param("sequence", changed.sequence()).update();
        if (newer == 0) {
            return;
        }
        AfterCommit.run(() -> {
            if (changed.stopped()) {
                stopped.put(changed.unitId(), reason(changed.status(), changed.reason()));
            } else {
                stopped.remove(changed.unitId());
            }
        });
    }

    /** Why an alarm of an object with these links is suppressed (its production unit is stopped), or null. */
    @Nullable String suppression(List<AlarmLink> links) {
        for (AlarmLink link : links) {
            if (link.kind().equals(LinkedObjectKind.PRODUCTION_UNIT.name())) {
                String reason = stopped.get(link.id());
                if (reason != null) {
                    return reason;
                }
            }
        }
        return null;
    }

    /**
     * The status code, then the reason people gave ("OVERHAUL: 年度大修"; the web shows the code in words), cut to
     * what an alarm keeps.
     */
    private static String reason(ProductionStatus status, @Nullable String given) {
        String reason = given == null || given.isBlank() ? status.name() : status.name() + ": " + given.strip();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
