package org.chemsafe.monitoring.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmSignal;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.jspecify.annotations.Nullable;

/**
 * What the alarm rules need of a point: its enterprise, its label for people (tag and name), what it measures, its two limit bands, the object it is
 * installed on, how often it reports and its own alarm delays (none: the platform's); and how a change of a band becomes the alarm centre's signal. Severities:
 * a gas detector's level 1 (高报 / 低报) is MAJOR (orange) and level 2 (高高报 / 低低报) CRITICAL (red), tagged with
 * its GB/T 50493-2019 level (mapping the levels onto the limits is not fixed by any source, domain notes §2); a
 * process value's 高/低报 is MINOR (yellow) and 高高/低低报 MAJOR (orange).
 */
record AlarmPoint(UUID pointId, UUID enterpriseId, String label, IndicatorType indicatorType, LimitBand high, LimitBand low,
        List<AlarmLink> links, @Nullable Integer expectedPeriodSeconds, @Nullable Duration onDelay,
        @Nullable Duration offDelay) {

    private static final Set<IndicatorType> GAS = Set.of(IndicatorType.COMBUSTIBLE_GAS, IndicatorType.TOXIC_GAS,
            IndicatorType.OXYGEN);

    /** A gas detector's alarms (combustible, toxic, oxygen) are never suppressed by a stopped unit. */
    boolean gasDetector() {
        return GAS.contains(indicatorType);
    }

    /** Whether the point measures a quantity (flatline applies), not an on/off state. */
    boolean analog() {
        return indicatorType != IndicatorType.SWITCH;
    }

    boolean hasLimits() {
        return !high.isEmpty() || !low.isEmpty();
    }

    /**
     * The alarm centre's signal of a band's change; {@code unitStopped} is why the point's production unit is
     * stopped, if it is, which suppresses a process alarm by design but never a gas detector's.
     */
    AlarmSignal signal(LimitChange change, @Nullable String unitStopped) {
        boolean high = change.side() == LimitBand.Side.HIGH;
        AlarmType type = high ? AlarmType.PROCESS_HIGH : AlarmType.PROCESS_LOW;
        Originator point = Originator.point(pointId);
        if (change.isReturn()) {
            return new AlarmSignal.Return(enterpriseId, point, type, change.at());
        }
        boolean outer = change.level() == 2;
        AlarmCondition condition = high ? (outer ? AlarmCondition.HIGH_HIGH : AlarmCondition.HIGH)
                : (outer ? AlarmCondition.LOW_LOW : AlarmCondition.LOW);
        boolean gas = gasDetector();
        AlarmSeverity severity = gas ? (outer ? AlarmSeverity.CRITICAL : AlarmSeverity.MAJOR)
                : (outer ? AlarmSeverity.MAJOR : AlarmSeverity.MINOR);
        return new AlarmSignal.Raise(enterpriseId, point, label, type, condition, severity, gas ? change.level() : null,
                links, gas ? null : unitStopped, change.at());
    }
}
