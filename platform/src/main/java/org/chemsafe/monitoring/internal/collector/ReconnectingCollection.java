package org.chemsafe.monitoring.internal.collector;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What every protocol's collection of one source shares: its status, the scheduler it runs on, and reconnecting
 * after a failure once the back-off has passed (doubling with each failed attempt, reset by a success).
 */
public abstract class ReconnectingCollection implements SourceCollectors.Running {

    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;
    private final SourceStatus status;
    private volatile boolean stopped;

    protected ReconnectingCollection(ScheduledExecutorService scheduler, CollectorSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.backoff = new Backoff(settings.minBackoff(), settings.maxBackoff());
        this.status = new SourceStatus(clock);
    }

    /** Connects (and starts reading); on failure calls {@link #failed}. Runs on the scheduler. */
    protected abstract void connect();

    /** Closes the connection, if any, once the collection is stopped. */
    protected abstract void disconnect();

    @Override
    public final void start() {
        scheduler.execute(this::attempt);
    }

    @Override
    public final SourceStatus status() {
        return status;
    }

    @Override
    public final void stop() {
        stopped = true;
        disconnect();
    }

    protected final boolean stopped() {
        return stopped;
    }

    protected final ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** The connection is up: the status says so and the next failure waits the minimum back-off again. */
    protected final void connected() {
        status.connected();
        backoff.reset();
    }

    /** The connection failed or was lost: the error goes to the status and a new attempt follows the back-off. */
    protected final void failed(String error) {
        status.failed(error);
        if (!stopped) {
            status.reconnecting();
            scheduler.schedule(this::attempt, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt() {
        if (!stopped) {
            status.connecting();
            connect();
        }
    }
}
