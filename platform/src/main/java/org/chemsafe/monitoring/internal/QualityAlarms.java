package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.chemsafe.alarm.AlarmCentre;
import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.shared.AfterCommit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The data-quality alarms in the telemetry pipeline (issue 8: "communication loss, flatline, out of range"): told
 * of each commit's samples, it runs {@link QualityRule} over every point's samples in time order and hands the
 * batch's changes to the alarm centre in one call; a scheduled pass raises communication loss for the points heard
 * since the platform started that are now offline by {@link DataQuality}'s rule. A gas detector's quality alarm is
 * MAJOR (the detector is blind, GB/T 50493-2019 wants it watched), any other point's MINOR; a process point's alarm
 * on a stopped production unit is suppressed by design ({@link StoppedUnits}). A point's watch is kept only once the
 * alarm centre took the batch, so a failed batch is evaluated again from the same watch.
 */
@Component
class QualityAlarms implements CommittedSamplesListener, PointMemory {

    private final AlarmPoints points;
    private final AlarmCentre centre;
    private final StoppedUnits stoppedUnits;
    private final DataQuality quality;
    private final DataQualitySettings settings;
    private final Clock clock;
    /** The points heard since the platform started; written only under this object's lock. */
    private final Map<UUID, QualityRule.Watch> watches = new ConcurrentHashMap<>();

    QualityAlarms(AlarmPoints points, AlarmCentre centre, StoppedUnits stoppedUnits, DataQuality quality,
            DataQualitySettings settings, Clock clock) {
        this.points = points;
        this.centre = centre;
        this.stoppedUnits = stoppedUnits;
        this.quality = quality;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void committed(CommittedSamples samples) {
        Map<UUID, List<RawSample>> byPoint = samples.byPoint();
        points.load(byPoint.keySet());
        Instant now = clock.instant();
        List<AlarmSignal> signals = new ArrayList<>();
        Map<UUID, QualityRule.Watch> next = new HashMap<>();
        byPoint.forEach((pointId, pointSamples) -> {
            AlarmPoint point = points.known(pointId);
            if (point == null) {
                return;
            }
            QualityRule.Watch watch = watches.get(pointId);
            for (RawSample sample : pointSamples) {
                QualityRule.Step step = QualityRule.step(watch, sample.ts(), sample.value(),
                        sample.quality() == PointRef.OUT_OF_RANGE, point.analog(), settings.flatlineAfter(), now);
                step.changes().forEach(change -> signals.add(signal(point, change)));
                watch = step.watch();
            }
            next.put(pointId, watch);
        });
        if (!signals.isEmpty()) {
            centre.apply(signals);
        }
        watches.putAll(next);
    }

    /**
     * Raises communication loss, at {@code now}, for every point heard since the platform started that is offline
     * by now and not yet lost; answers how many. A sample of the point returns it ({@link QualityRule}).
     */
    synchronized int raiseCommunicationLoss(Instant now) {
        List<UUID> candidates = watches.entrySet().stream().filter(entry -> !entry.getValue().commLost())
                .map(Map.Entry::getKey).toList();
        if (candidates.isEmpty()) {
            return 0;
        }
        points.load(candidates);
        List<AlarmSignal> signals = new ArrayList<>();
        List<UUID> lost = new ArrayList<>();
        for (UUID pointId : candidates) {
            AlarmPoint point = points.known(pointId);
            if (point != null && !quality.online(pointId, point.expectedPeriodSeconds(), now)) {
                signals.add(signal(point, new QualityRule.Change(AlarmType.COMM_LOSS, true, now)));
                lost.add(pointId);
            }
        }
        if (!signals.isEmpty()) {
            centre.apply(signals);
            lost.forEach(pointId -> watches.computeIfPresent(pointId, (id, watch) -> watch.commLost(true)));
        }
        return lost.size();
    }

    @Scheduled(fixedDelayString = "${chemsafe.monitoring.quality.comm-loss-check:PT10S}")
    void checkCommunication() {
        raiseCommunicationLoss(clock.instant());
    }

    @Override
    public void forget(UUID pointId) {
        AfterCommit.run(() -> {
            synchronized (this) {
                watches.remove(pointId);
            }
        });
    }

    private AlarmSignal signal(AlarmPoint point, QualityRule.Change change) {
        Originator originator = Originator.point(point.pointId());
        if (!change.raise()) {
            return new AlarmSignal.Return(point.enterpriseId(), originator, change.type(), change.at());
        }
        boolean gas = point.gasDetector();
        return new AlarmSignal.Raise(point.enterpriseId(), originator, point.label(), change.type(), AlarmCondition.PRESENT,
                gas ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR, null, point.links(),
                gas ? null : stoppedUnits.suppression(point.links()), change.at());
    }
}
