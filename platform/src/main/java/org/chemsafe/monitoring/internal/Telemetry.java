package org.chemsafe.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads of stored telemetry: the latest values (from memory) and a point's raw series. Both answer only points the
 * caller's scope sees; the raw rows are read by the id of a point found visible first.
 */
@Service
class Telemetry {

    static final int DEFAULT_LIMIT = 10_000;
    static final int MAX_LIMIT = 100_000;
    private static final Duration DEFAULT_RANGE = Duration.ofHours(1);

    private final ScopedJdbc scoped;
    private final JdbcClient jdbc;
    private final LatestValues latest;
    private final Clock clock;

    Telemetry(ScopedJdbc scoped, JdbcClient jdbc, LatestValues latest, Clock clock) {
        this.scoped = scoped;
        this.jdbc = jdbc;
        this.latest = latest;
        this.clock = clock;
    }

    /** The latest value of each visible point of the list that has one; unknown and invisible ids are left out. */
    List<LatestView> latest(Actor actor, List<UUID> ids) {
        List<UUID> visible = scoped.sql(actor.scope(),
                "select id from monitoring_point where @scope(enterprise_id) and id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
        List<LatestView> values = new ArrayList<>();
        for (UUID id : visible) {
            LatestValues.Latest value = latest.of(id);
            if (value != null) {
                values.add(new LatestView(id, value.ts(), value.value(),
                        value.quality() == PointRef.GOOD ? "GOOD" : "OUT_OF_RANGE"));
            }
        }
        return values;
    }

    /** The point's raw samples in [from, to), at most {@code limit}; by default the last hour. */
    SeriesView rawSeries(Actor actor, UUID pointId, @Nullable Instant from, @Nullable Instant to,
            @Nullable Integer limit) {
        boolean visible = scoped.sql(actor.scope(),
                "select exists (select 1 from monitoring_point where @scope(enterprise_id) and id = :id)")
                .param("id", pointId).query(Boolean.class).single();
        if (!visible) {
            throw ProblemException.notFound("point", pointId);
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : from;
        if (!start.isBefore(end)) {
            throw ProblemException.ruleViolation("monitoring.series.empty-range", start, end);
        }
        int max = Objects.requireNonNullElse(limit, DEFAULT_LIMIT);
        List<SeriesView.Sample> samples = jdbc.sql("""
                select ts, value from telemetry_raw where point_id = :id and ts >= :from and ts < :to
                order by ts limit :limit""")
                .param("id", pointId).param("from", Timestamp.from(start)).param("to", Timestamp.from(end))
                .param("limit", max + 1)
                .query((rs, n) -> new SeriesView.Sample(rs.getTimestamp("ts").toInstant(), rs.getDouble("value")))
                .list();
        boolean truncated = samples.size() > max;
        return new SeriesView("raw", truncated ? samples.subList(0, max) : samples, truncated);
    }
}
