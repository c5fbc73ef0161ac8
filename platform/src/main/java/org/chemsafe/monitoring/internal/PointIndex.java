package org.chemsafe.monitoring.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tag → point map of each enterprise, in memory: loaded on an enterprise's first sample and dropped when one of
 * its points is registered, changed or removed (after that change commits), so ingestion reads no table per sample.
 */
@Component
class PointIndex {

    private final ScopedJdbc scoped;
    private final Map<UUID, Map<String, PointRef>> byEnterprise = new ConcurrentHashMap<>();

    PointIndex(ScopedJdbc scoped) {
        this.scoped = scoped;
    }

    /** The enterprise's point with this tag, if it has one. */
    @Nullable PointRef find(UUID enterpriseId, String tag) {
        return byEnterprise.computeIfAbsent(enterpriseId, this::load).get(tag);
    }

    /** Forgets the enterprise's points once the current transaction commits (at once outside one). */
    void changed(UUID enterpriseId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    byEnterprise.remove(enterpriseId);
                }
            });
        } else {
            byEnterprise.remove(enterpriseId);
        }
    }

    private Map<String, PointRef> load(UUID enterpriseId) {
        Map<String, PointRef> points = new ConcurrentHashMap<>();
        scoped.sql(DataScope.enterprise(enterpriseId), """
                select id, tag, range_low, range_high from monitoring_point
                where @scope(enterprise_id) and enabled""")
                .query((rs, n) -> points.put(rs.getString("tag"), new PointRef(rs.getObject("id", UUID.class),
                        rs.getObject("range_low") == null ? null : rs.getDouble("range_low"),
                        rs.getObject("range_high") == null ? null : rs.getDouble("range_high"))))
                .list();
        return points;
    }
}
