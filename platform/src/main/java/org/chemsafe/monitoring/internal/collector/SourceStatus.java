package org.chemsafe.monitoring.internal.collector;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.chemsafe.monitoring.internal.CollectedSamples.Submitted;
import org.chemsafe.monitoring.internal.collector.CollectorStatus.ItemProblem;
import org.jspecify.annotations.Nullable;

/** The live status of one source, written by its collector's threads and read by the API. */
public final class SourceStatus {

    private final Clock clock;
    private volatile CollectorState state = CollectorState.CONNECTING;
    private volatile @Nullable Instant connectedSince;
    private volatile @Nullable String lastError;
    private volatile @Nullable Instant lastErrorAt;
    private volatile @Nullable Instant lastValueAt;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final Map<String, String> itemProblems = new ConcurrentSkipListMap<>();

    public SourceStatus(Clock clock) {
        this.clock = clock;
    }

    public void connecting() {
        state = CollectorState.CONNECTING;
    }

    public void connected() {
        state = CollectorState.CONNECTED;
        connectedSince = clock.instant();
    }

    /** The connection or a read failed: the error is kept until the next one. */
    public void failed(String error) {
        state = CollectorState.ERROR;
        connectedSince = null;
        lastError = error;
        lastErrorAt = clock.instant();
    }

    public void reconnecting() {
        reconnects.incrementAndGet();
    }

    /** An item (node id, register) gives no values; a later good value of it clears the problem. */
    public void itemProblem(String item, String problem) {
        itemProblems.put(item, problem);
    }

    public void itemProblemsCleared() {
        itemProblems.clear();
    }

    /** Counts a submitted batch once its accepted values are stored (a failed write is the last error). */
    public void submitted(Submitted batch) {
        if (batch.accepted() + batch.rejected() > 0) {
            lastValueAt = clock.instant();
        }
        rejected.addAndGet(batch.rejected());
        batch.stored().whenComplete((done, failure) -> {
            if (failure == null) {
                stored.addAndGet(batch.accepted());
            } else {
                lastError = "storing failed: " + failure.getMessage();
                lastErrorAt = clock.instant();
            }
        });
    }

    public CollectorStatus snapshot() {
        return new CollectorStatus(state, connectedSince, lastError, lastErrorAt, lastValueAt, stored.get(),
                rejected.get(), reconnects.get(),
                itemProblems.entrySet().stream().map(e -> new ItemProblem(e.getKey(), e.getValue())).toList());
    }
}
