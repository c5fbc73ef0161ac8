package org.chemsafe.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partitions of the chunk and rollup tables: created on first need (each in its own committed statement, through
 * the security-definer function {@code monitoring_store_partition}), listed by their upper bound and dropped whole.
 */
@Component
class StorePartitions {

    private final JdbcClient jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    StorePartitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the table has the partition that holds this period. */
    void ensure(StoreTable table, Instant period) {
        Instant start = table.partitionStart(period);
        String key = table.table() + start;
        if (known.contains(key)) {
            return;
        }
        jdbc.sql("select 1 from monitoring_store_partition(:parent, :lower, :upper)").param("parent", table.table())
                .param("lower", Timestamp.from(start)).param("upper", Timestamp.from(table.partitionEnd(start)))
                .query(Integer.class).single();
        known.add(key);
    }

    /** The table's partitions whose every period ends at or before the cutoff. */
    List<String> endingBy(StoreTable table, Instant cutoff) {
        return jdbc.sql("""
                select name from telemetry_store_partition where parent = :parent and upper_bound <= :cutoff
                order by upper_bound""")
                .param("parent", table.table()).param("cutoff", Timestamp.from(cutoff)).query(String.class).list();
    }

    void drop(String partition) {
        known.clear();
        jdbc.sql("select 1 from monitoring_drop_store_partition(:name)").param("name", partition).query(Integer.class)
                .single();
    }
}
