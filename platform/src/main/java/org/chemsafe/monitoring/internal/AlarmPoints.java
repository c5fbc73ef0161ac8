package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.TankRef;
import org.chemsafe.shared.AfterCommit;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The points as the alarm rules need them, in memory: a batch's points not yet known are loaded in one query, and a
 * point is dropped once a change or removal of it commits (it is loaded again with its next samples). An id that is
 * no point is remembered as such (a removed point's late samples), so it costs no query again: ids are random, a new
 * point never has the id of one that was looked up before it existed.
 */
@Component
class AlarmPoints {

    private final ScopedJdbc scoped;
    private final HazardUnits units;
    private final Map<UUID, AlarmPoint> points = new ConcurrentHashMap<>();
    private final Set<UUID> absent = ConcurrentHashMap.newKeySet();

    AlarmPoints(ScopedJdbc scoped, HazardUnits units) {
        this.scoped = scoped;
        this.units = units;
    }

    /** Loads, in one query, those of these points that are not in memory and not known to be no point. */
    void load(Collection<UUID> pointIds) {
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : pointIds) {
            if (!points.containsKey(id) && !absent.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            query(unknown);
        }
    }

    /** The point if it is in memory (after {@link #load}), else null. */
    @Nullable AlarmPoint known(UUID pointId) {
        return points.get(pointId);
    }

    /** Forgets the point once its change or removal commits. */
    void changed(UUID pointId) {
        AfterCommit.run(() -> points.remove(pointId));
    }

    /** The points, in one query (the pipeline works for every enterprise: the platform's scope). */
    private void query(List<UUID> pointIds) {
        scoped.sql(DataScope.platform(), """
                select id, enterprise_id, tag, name, indicator_type, limit_low_low, limit_low, limit_high, limit_high_high,
                    deadband, object_kind, object_id, expected_period_seconds, on_delay_seconds, off_delay_seconds
                from monitoring_point where @scope(enterprise_id) and id = any(:ids)""")
                .param("ids", pointIds.toArray(UUID[]::new)).query(AlarmPoints::pointOf).list()
                .stream().collect(Collectors.groupingBy(AlarmPoint::enterpriseId)).forEach((enterprise, loaded) -> {
                    Map<UUID, UUID> tankFarms = loaded.stream().anyMatch(AlarmPoints::onATank)
                            ? units.tanksOf(enterprise).stream().collect(Collectors.toMap(TankRef::id,
                                    TankRef::tankFarmId))
                            : Map.of();
                    loaded.forEach(point -> points.put(point.pointId(), withTankFarm(point, tankFarms)));
                });
        for (UUID id : pointIds) {
            if (!points.containsKey(id)) {
                absent.add(id);
            }
        }
    }

    private static boolean onATank(AlarmPoint point) {
        return point.links().stream().anyMatch(link -> link.kind().equals(LinkedObjectKind.TANK.name()));
    }

    /**
     * A point on a tank also links the tank's farm, the hazard unit it belongs to (GB 18218-2018 3.6): alarms of one
     * unit are grouped by it (a flood of a tank farm is one message).
     */
    private static AlarmPoint withTankFarm(AlarmPoint point, Map<UUID, UUID> tankFarms) {
        if (!onATank(point)) {
            return point;
        }
        UUID farm = tankFarms.get(point.links().get(0).id());
        if (farm == null) {
            return point;
        }
        List<AlarmLink> links = new ArrayList<>(point.links());
        links.add(new AlarmLink(HazardUnitKind.TANK_FARM.name(), farm));
        return new AlarmPoint(point.pointId(), point.enterpriseId(), point.label(), point.indicatorType(),
                point.high(), point.low(), List.copyOf(links), point.expectedPeriodSeconds(), point.onDelay(),
                point.offDelay());
    }

    private static AlarmPoint pointOf(ResultSet rs, int row) throws SQLException {
        BigDecimal deadband = rs.getBigDecimal("deadband");
        double band = deadband == null ? 0 : deadband.doubleValue();
        String objectKind = rs.getString("object_kind");
        List<AlarmLink> links = objectKind == null ? List.of()
                : List.of(new AlarmLink(objectKind, rs.getObject("object_id", UUID.class)));
        return new AlarmPoint(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("tag") + " " + rs.getString("name"), IndicatorType.valueOf(rs.getString("indicator_type")),
                new LimitBand(LimitBand.Side.HIGH, number(rs, "limit_high"), number(rs, "limit_high_high"), band),
                new LimitBand(LimitBand.Side.LOW, number(rs, "limit_low"), number(rs, "limit_low_low"), band), links,
                (Integer) rs.getObject("expected_period_seconds"), seconds(rs, "on_delay_seconds"),
                seconds(rs, "off_delay_seconds"));
    }

    private static @Nullable Duration seconds(ResultSet rs, String column) throws SQLException {
        Integer seconds = (Integer) rs.getObject(column);
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
