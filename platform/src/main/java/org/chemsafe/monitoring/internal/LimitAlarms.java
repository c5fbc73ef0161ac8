package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.shared.AfterCommit;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The limit rules in the telemetry pipeline: told of each commit's samples, it runs every point's two limit bands
 * ({@link LimitAlarmRule}) over the point's good samples in time order and hands the batch's changes to the alarm
 * centre in one call. Points' limits are kept in memory (loaded for a batch's unknown points in one query, dropped
 * after a point changes); each band's watch is kept only once the alarm centre has taken the batch, so a failed
 * batch is evaluated again from the same watch by the next samples. Samples outside the instrument range are not
 * evaluated (their own data-quality alarm is to come).
 */
@Component
class LimitAlarms implements CommittedSamplesListener {

    /** A point's two watches. */
    private record Watches(LimitWatch high, LimitWatch low) {
    }

    private static final Watches NORMAL = new Watches(LimitWatch.NORMAL, LimitWatch.NORMAL);

    private final ScopedJdbc scoped;
    private final AlarmCentre centre;
    private final LimitAlarmSettings settings;
    private final Map<UUID, PointLimits> limits = new ConcurrentHashMap<>();
    private final Map<UUID, Watches> watches = new ConcurrentHashMap<>();

    LimitAlarms(ScopedJdbc scoped, AlarmCentre centre, LimitAlarmSettings settings) {
        this.scoped = scoped;
        this.centre = centre;
        this.settings = settings;
    }

    @Override
    public void committed(List<RawSample> samples) {
        Map<UUID, List<RawSample>> byPoint = new LinkedHashMap<>();
        for (RawSample sample : samples) {
            if (sample.quality() == PointRef.GOOD) {
                byPoint.computeIfAbsent(sample.pointId(), id -> new ArrayList<>()).add(sample);
            }
        }
        load(byPoint.keySet().stream().filter(id -> !limits.containsKey(id)).toList());
        List<AlarmSignal> signals = new ArrayList<>();
        Map<UUID, Watches> next = new HashMap<>();
        byPoint.forEach((pointId, pointSamples) -> {
            PointLimits point = limits.get(pointId);
            if (point != null && point.hasLimits()) {
                pointSamples.sort(Comparator.comparing(RawSample::ts));
                next.put(pointId, evaluate(point, watches.getOrDefault(pointId, NORMAL), pointSamples, signals));
            }
        });
        if (!signals.isEmpty()) {
            centre.apply(signals);
        }
        watches.putAll(next);
    }

    /** Forgets the point's limits once the change commits (they are loaded again with its next samples). */
    void changed(UUID pointId) {
        AfterCommit.run(() -> limits.remove(pointId));
    }

    /** Forgets the point's limits and watches once its removal commits. */
    void removed(UUID pointId) {
        AfterCommit.run(() -> {
            limits.remove(pointId);
            watches.remove(pointId);
        });
    }

    private Watches evaluate(PointLimits point, Watches start, List<RawSample> samples, List<AlarmSignal> signals) {
        LimitWatch high = start.high();
        LimitWatch low = start.low();
        for (RawSample sample : samples) {
            if (!point.high().isEmpty()) {
                high = step(point, point.high(), high, sample, signals);
            }
            if (!point.low().isEmpty()) {
                low = step(point, point.low(), low, sample, signals);
            }
        }
        return new Watches(high, low);
    }

    private LimitWatch step(PointLimits point, LimitBand band, LimitWatch watch, RawSample sample,
            List<AlarmSignal> signals) {
        LimitAlarmRule.Step step = LimitAlarmRule.step(band, watch, sample.ts(), sample.value(), settings.onDelay(),
                settings.offDelay());
        LimitChange change = step.change();
        if (change != null) {
            signals.add(point.signal(change));
        }
        return step.watch();
    }

    /** The limits of the points, in one query (the pipeline works for every enterprise: the platform's scope). */
    private void load(List<UUID> pointIds) {
        if (pointIds.isEmpty()) {
            return;
        }
        scoped.sql(DataScope.platform(), """
                select id, enterprise_id, indicator_type, limit_low_low, limit_low, limit_high, limit_high_high,
                    deadband, object_kind, object_id
                from monitoring_point where @scope(enterprise_id) and id = any(:ids)""")
                .param("ids", pointIds.toArray(UUID[]::new)).query(LimitAlarms::limitsOf).list()
                .forEach(point -> limits.put(point.pointId(), point));
    }

    private static PointLimits limitsOf(ResultSet rs, int row) throws SQLException {
        BigDecimal deadband = rs.getBigDecimal("deadband");
        double band = deadband == null ? 0 : deadband.doubleValue();
        String objectKind = rs.getString("object_kind");
        List<AlarmLink> links = objectKind == null ? List.of()
                : List.of(new AlarmLink(objectKind, rs.getObject("object_id", UUID.class)));
        return new PointLimits(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                IndicatorType.valueOf(rs.getString("indicator_type")),
                new LimitBand(LimitBand.Side.HIGH, number(rs, "limit_high"), number(rs, "limit_high_high"), band),
                new LimitBand(LimitBand.Side.LOW, number(rs, "limit_low"), number(rs, "limit_low_low"), band), links);
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
