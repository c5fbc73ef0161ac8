package org.chemsafe.alarm.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.OriginatorType;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the alarm KPIs, each one aggregate over the scope's alarms and transitions (the raises counted from the
 * append-only transitions, so a KPI of a past range does not change as alarms are closed).
 */
@Repository
class AlarmKpiRepository {

    /** The transitions' range and scope (led by a space: a text block before it loses its trailing one). */
    private static final String RANGE = " " + """
            @scope(t.enterprise_id) and t.at >= :from and t.at < :to
             and (cast(:enterpriseId as uuid) is null or t.enterprise_id = :enterpriseId)""";

    private final ScopedJdbc scoped;

    AlarmKpiRepository(ScopedJdbc scoped) {
        this.scoped = scoped;
    }

    /** The raises per period of {@code period} from {@code from} (index 0), periods without any left out. */
    Map<Long, Long> raisesPerPeriod(DataScope scope, Range range, Duration period) {
        Map<Long, Long> counts = new HashMap<>();
        scoped.sql(scope, "select floor(extract(epoch from t.at - cast(:from as timestamptz)) / :seconds) as period,"
                + " count(*) as raises from alarm_transition t where t.kind = 'RAISED' and " + RANGE
                + " group by 1").params(range.params()).param("seconds", period.toSeconds())
                .query((rs, row) -> counts.put(rs.getLong("period"), rs.getLong("raises"))).list();
        return counts;
    }

    /** The originators and types raised most often, most first. */
    List<Frequent> mostFrequent(DataScope scope, Range range, int limit) {
        return scoped.sql(scope, """
                select a.originator_type, a.originator_id, a.type, max(a.originator_label) as label, count(*) as raises
                from alarm_transition t join alarm a on a.id = t.alarm_id
                where t.kind = 'RAISED' and """ + RANGE + """

                group by a.originator_type, a.originator_id, a.type
                order by raises desc, label, a.type limit :limit""").params(range.params()).param("limit", limit)
                .query((rs, row) -> new Frequent(OriginatorType.valueOf(rs.getString("originator_type")),
                        rs.getObject("originator_id", UUID.class), rs.getString("label"),
                        AlarmType.valueOf(rs.getString("type")), rs.getLong("raises")))
                .list();
    }

    /** The alarms flagged as chattering whose time overlaps the range. */
    long chattering(DataScope scope, Range range) {
        return scoped.sql(scope, """
                select count(*) from alarm a
                where @scope(a.enterprise_id) and a.chattering and a.first_raised_at < :to and a.last_seen_at >= :from
                 and (cast(:enterpriseId as uuid) is null or a.enterprise_id = :enterpriseId)""")
                .params(range.params()).query(Long.class).single();
    }

    /**
     * How many transitions of {@code kind} the range has and their mean delay in seconds after the latest transition
     * of {@code since} before each (null without any).
     */
    MeanDelay meanDelay(DataScope scope, Range range, TransitionKind kind, List<TransitionKind> since) {
        return scoped.sql(scope, """
                select count(*) as steps, cast(avg(greatest(0, extract(epoch from t.at - r.at))) as float8) as seconds
                from alarm_transition t
                cross join lateral (select max(r.at) as at from alarm_transition r
                    where r.alarm_id = t.alarm_id and r.id < t.id and r.kind = any(:since)) r
                where t.kind = :kind and r.at is not null and """ + RANGE).params(range.params())
                .param("kind", kind.name()).param("since", since.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, row) -> new MeanDelay(rs.getLong("steps"), (Double) rs.getObject("seconds", Double.class)))
                .single();
    }

    /** Per enterprise: raises in the range, and open, unacknowledged and standing (active since before) alarms. */
    List<EnterpriseCounts> perEnterprise(DataScope scope, Range range, Instant standingBefore) {
        return scoped.sql(scope, """
                select e.enterprise_id, coalesce(r.raises, 0) as raises, coalesce(o.open, 0) as open,
                    coalesce(o.unacknowledged, 0) as unacknowledged, coalesce(o.standing, 0) as standing
                from (select t.enterprise_id, count(*) as raises from alarm_transition t
                      where t.kind = 'RAISED' and """ + RANGE + """

                      group by t.enterprise_id) r
                full join (select a.enterprise_id, count(*) as open,
                        count(*) filter (where not a.acknowledged) as unacknowledged,
                        count(*) filter (where a.active and a.first_raised_at < :standingBefore) as standing
                      from alarm a where @scope(a.enterprise_id) and not a.closed
                       and (cast(:enterpriseId as uuid) is null or a.enterprise_id = :enterpriseId)
                      group by a.enterprise_id) o on o.enterprise_id = r.enterprise_id
                cross join lateral (select coalesce(r.enterprise_id, o.enterprise_id) as enterprise_id) e
                order by raises desc, open desc, e.enterprise_id""").params(range.params())
                .param("standingBefore", Timestamp.from(standingBefore))
                .query((rs, row) -> new EnterpriseCounts(rs.getObject("enterprise_id", UUID.class),
                        rs.getLong("raises"), rs.getLong("open"), rs.getLong("unacknowledged"),
                        rs.getLong("standing")))
                .list();
    }

    /** The range of a report, and the enterprise it is narrowed to (if any). */
    record Range(Instant from, Instant to, @Nullable UUID enterpriseId) {

        Map<String, @Nullable Object> params() {
            Map<String, @Nullable Object> params = new HashMap<>();
            params.put("from", Timestamp.from(from));
            params.put("to", Timestamp.from(to));
            params.put("enterpriseId", enterpriseId);
            return params;
        }
    }

    record Frequent(OriginatorType originatorType, UUID originatorId, String label, AlarmType type, long raises) {
    }

    record MeanDelay(long steps, @Nullable Double seconds) {
    }

    record EnterpriseCounts(UUID enterpriseId, long raises, long open, long unacknowledged, long standing) {
    }
}
