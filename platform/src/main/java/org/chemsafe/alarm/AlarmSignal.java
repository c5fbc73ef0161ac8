package org.chemsafe.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One condition change a module reports to the {@link AlarmCentre}: a raise (the condition is present, at the time
 * the source observed it) or a return to normal. Times are event times, the source's own: a replay gives the same
 * alarms.
 */
public sealed interface AlarmSignal {

    UUID enterpriseId();

    Originator originator();

    AlarmType type();

    Instant at();

    /**
     * The condition is present. {@code label} names the originator for people (a point's tag and name, a permit's
     * number); {@code gasLevel} is the GB/T 50493-2019 alarm level (1 or 2) of a gas detector's
     * alarm, else null; {@code suppressedBy} names why the alarm is suppressed by design (a stopped unit), else null.
     */
    record Raise(UUID enterpriseId, Originator originator, String label, AlarmType type, AlarmCondition condition,
            AlarmSeverity severity, @Nullable Integer gasLevel, List<AlarmLink> links, @Nullable String suppressedBy,
            Instant at) implements AlarmSignal {

        public Raise {
            Objects.requireNonNull(enterpriseId, "enterpriseId");
            Objects.requireNonNull(originator, "originator");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(at, "at");
            if (gasLevel != null && gasLevel != 1 && gasLevel != 2) {
                throw new IllegalArgumentException("a gas alarm level is 1 or 2: " + gasLevel);
            }
            links = List.copyOf(links);
        }
    }

    /** The condition has returned to normal. */
    record Return(UUID enterpriseId, Originator originator, AlarmType type, Instant at) implements AlarmSignal {

        public Return {
            Objects.requireNonNull(enterpriseId, "enterpriseId");
            Objects.requireNonNull(originator, "originator");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(at, "at");
        }
    }
}
