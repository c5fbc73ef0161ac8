package org.chemsafe.monitoring.internal.collector;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A source's status as the API shows it: the connection state, since when it is connected, the last error and its
 * time, the time of the last value read, the values stored and rejected since the platform started, the reconnect
 * attempts, and the items (node ids, registers) the source refused.
 */
public record CollectorStatus(CollectorState state, @Nullable Instant connectedSince, @Nullable String lastError,
        @Nullable Instant lastErrorAt, @Nullable Instant lastValueAt, long stored, long rejected, long reconnects,
        List<ItemProblem> itemProblems) {

    /** One item of the source that gives no values, and why. */
    public record ItemProblem(String item, String problem) {
    }

    public static CollectorStatus disabled() {
        return initial(CollectorState.DISABLED);
    }

    public static CollectorStatus connecting() {
        return initial(CollectorState.CONNECTING);
    }

    private static CollectorStatus initial(CollectorState state) {
        return new CollectorStatus(state, null, null, null, null, 0, 0, 0, List.of());
    }
}
