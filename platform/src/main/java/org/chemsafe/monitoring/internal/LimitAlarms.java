package org.chemsafe.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * The limit rules in the telemetry pipeline: told of each commit's samples, it runs every point's two limit bands
 * ({@link LimitAlarmRule}) over the point's good samples in time order and hands the batch's changes to the alarm
 * centre in one call. A process alarm of a point on a stopped production unit is raised suppressed by design
 * ({@link StoppedUnits}). Each band's watch is kept only once the alarm centre has taken the batch, so a failed batch
 * is evaluated again from the same watch by the next samples. Samples outside the instrument range are not
 * evaluated (they raise their own data-quality alarm, {@link QualityAlarms}).
 */
@Component
class LimitAlarms implements CommittedSamplesListener, PointMemory {

    /** A point's two watches. */
    private record Watches(LimitWatch high, LimitWatch low) {
    }

    private static final Watches NORMAL = new Watches(LimitWatch.NORMAL, LimitWatch.NORMAL);

    private final AlarmPoints points;
    private final AlarmCentre centre;
    private final LimitAlarmSettings settings;
    private final StoppedUnits stoppedUnits;
    private final Map<UUID, Watches> watches = new ConcurrentHashMap<>();

    LimitAlarms(AlarmPoints points, AlarmCentre centre, LimitAlarmSettings settings, StoppedUnits stoppedUnits) {
        this.points = points;
        this.centre = centre;
        this.settings = settings;
        this.stoppedUnits = stoppedUnits;
    }

    @Override
    public void committed(CommittedSamples samples) {
        Map<UUID, List<RawSample>> byPoint = samples.byPoint();
        points.load(byPoint.keySet());
        List<AlarmSignal> signals = new ArrayList<>();
        Map<UUID, Watches> next = new HashMap<>();
        byPoint.forEach((pointId, pointSamples) -> {
            AlarmPoint point = points.known(pointId);
            if (point != null && point.hasLimits()) {
                next.put(pointId, evaluate(point, watches.getOrDefault(pointId, NORMAL), pointSamples, signals));
            }
        });
        if (!signals.isEmpty()) {
            centre.apply(signals);
        }
        watches.putAll(next);
    }

    @Override
    public void forget(UUID pointId) {
        AfterCommit.run(() -> watches.remove(pointId));
    }

    private Watches evaluate(AlarmPoint point, Watches start, List<RawSample> samples, List<AlarmSignal> signals) {
        LimitWatch high = start.high();
        LimitWatch low = start.low();
        for (RawSample sample : samples) {
            if (sample.quality() != PointRef.GOOD) {
                continue;
            }
            if (!point.high().isEmpty()) {
                high = step(point, point.high(), high, sample, signals);
            }
            if (!point.low().isEmpty()) {
                low = step(point, point.low(), low, sample, signals);
            }
        }
        return new Watches(high, low);
    }

    private LimitWatch step(AlarmPoint point, LimitBand band, LimitWatch watch, RawSample sample,
            List<AlarmSignal> signals) {
        LimitAlarmRule.Step step = LimitAlarmRule.step(band, watch, sample.ts(), sample.value(),
                point.onDelay() == null ? settings.onDelay() : point.onDelay(),
                point.offDelay() == null ? settings.offDelay() : point.offDelay());
        LimitChange change = step.change();
        if (change != null) {
            signals.add(point.signal(change, stoppedUnits.suppression(point.links())));
        }
        return step.watch();
    }
}
