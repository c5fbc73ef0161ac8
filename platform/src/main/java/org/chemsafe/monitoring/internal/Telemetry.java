package org.chemsafe.monitoring.internal;

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
import org.springframework.stereotype.Service;

/**
 * Reads of stored telemetry: the latest values (from memory) and a point's series (raw or rollups). Both answer only points the
 * caller's scope sees; the store is read by the id of a point found visible first.
 */
@Service
class Telemetry {

    static final int DEFAULT_LIMIT = 10_000;
    static final int MAX_LIMIT = 100_000;
    private static final Duration DEFAULT_RANGE = Duration.ofHours(1);

    private final ScopedJdbc scoped;
    private final SeriesReader reader;
    private final LatestValues latest;
    private final DataQuality quality;
    private final Clock clock;

    Telemetry(ScopedJdbc scoped, SeriesReader reader, LatestValues latest, DataQuality quality, Clock clock) {
        this.scoped = scoped;
        this.reader = reader;
        this.latest = latest;
        this.quality = quality;
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

    /**
     * The point's series in [from, to) (by default the hour before {@code to}, which defaults to now) at the
     * resolution asked for, or picked by the range ({@link Resolution#forRange}), at most {@code limit} entries.
     */
    SeriesView series(Actor actor, UUID pointId, @Nullable Instant from, @Nullable Instant to,
            @Nullable String resolution, @Nullable Integer limit) {
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
        Resolution picked = resolution == null ? Resolution.forRange(Duration.between(start, end))
                : Resolution.of(resolution);
        List<SeriesView.SeriesEntry> points = picked == Resolution.RAW
                ? reader.raw(pointId, start, end, max).stream()
                        .<SeriesView.SeriesEntry>map(s -> new SeriesView.SeriesSample(s.ts(), s.value())).toList()
                : reader.rollups(pointId, start, end, picked.unit(), max).stream()
                        .<SeriesView.SeriesEntry>map(b -> new SeriesView.SeriesRollup(b.start(), b.min(), b.max(), b.avg(),
                                b.count()))
                        .toList();
        boolean truncated = points.size() > max;
        return new SeriesView(picked.code(), truncated ? points.subList(0, max) : points, truncated);
    }

    /** The data quality of a visible point (404 otherwise). */
    PointQualityView quality(Actor actor, UUID pointId) {
        DataQuality.PointTraits traits = scoped.sql(actor.scope(), """
                select expected_period_seconds, indicator_type from monitoring_point
                where @scope(enterprise_id) and id = :id""").param("id", pointId)
                .query((rs, n) -> new DataQuality.PointTraits(rs.getObject("expected_period_seconds", Integer.class),
                        !IndicatorType.SWITCH.name().equals(rs.getString("indicator_type"))))
                .optional().orElseThrow(() -> ProblemException.notFound("point", pointId));
        return quality.of(pointId, traits);
    }
}
