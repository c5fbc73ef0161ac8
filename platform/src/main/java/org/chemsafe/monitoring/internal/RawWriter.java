package org.chemsafe.monitoring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The one writer of raw samples. Requests queue their accepted samples; the writer takes every request waiting (up
 * to {@link #MAX_SAMPLES_PER_COMMIT} samples), copies their samples into the current landing segment of
 * {@code telemetry_landing} as one block per bucket of points ({@link LandingBlocks}) with one COPY in one
 * transaction, commits, and only then completes each request's future:
 * acknowledged means durable. A failed commit fails the futures of that commit's requests (their callers answer an
 * error, not 202). The writer opens a new segment on its first commit, when the current one is older than
 * {@code chemsafe.telemetry.segment} and when asked to ({@link #seal()}); it never writes an older segment again, so
 * every segment but the newest is sealed and left to the {@link Compactor}.
 */
@Component
class RawWriter implements InitializingBean, DisposableBean {

    static final int MAX_SAMPLES_PER_COMMIT = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(RawWriter.class);

    private record Pending(List<RawSample> samples, CompletableFuture<Void> stored) {
    }

    private final DataSource dataSource;
    private final List<CommittedSamplesListener> listeners;
    private final TelemetryStoreSettings settings;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "telemetry-writer");
    private volatile boolean running = true;
    private volatile boolean sealRequested;
    /** The segment being written and when it was opened; only the writer's thread changes them. */
    private volatile long segment = -1;
    private volatile Instant segmentOpened = Instant.MIN;

    RawWriter(DataSource dataSource, List<CommittedSamplesListener> listeners, TelemetryStoreSettings settings,
            Clock clock) {
        this.dataSource = dataSource;
        this.listeners = List.copyOf(listeners);
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues the samples; the future completes once they are committed. */
    CompletableFuture<Void> write(List<RawSample> samples) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (samples.isEmpty()) {
            stored.complete(null);
        } else {
            queue.add(new Pending(samples, stored));
        }
        return stored;
    }

    /**
     * Seals the current landing segment: the writer opens a new one before its next commit (or at once when idle);
     * the future completes once it has.
     */
    CompletableFuture<Void> seal() {
        sealRequested = true;
        CompletableFuture<Void> sealed = new CompletableFuture<>();
        queue.add(new Pending(List.of(), sealed));
        return sealed;
    }

    /** Seals the current segment if it has been written for longer than the configured segment length. */
    void sealIfDue() {
        if (segment >= 0 && !clock.instant().isBefore(segmentOpened.plus(settings.segment()))) {
            seal();
        }
    }

    @Override
    public void afterPropertiesSet() {
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }

    private void run() {
        while (running) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException stopping) {
                break;
            }
            int samples = batch.get(0).samples().size();
            while (samples < MAX_SAMPLES_PER_COMMIT && queue.peek() != null) {
                Pending next = queue.poll();
                batch.add(next);
                samples += next.samples().size();
            }
            commit(batch);
        }
        queue.forEach(pending -> pending.stored().completeExceptionally(new IllegalStateException("shutting down")));
    }

    private void commit(List<Pending> batch) {
        try {
            store(batch);
        } catch (SQLException | IOException | RuntimeException failed) {
            LOG.error("storing {} telemetry requests failed", batch.size(), failed);
            batch.forEach(pending -> pending.stored().completeExceptionally(failed));
            return;
        }
        tellListeners(batch);
        batch.forEach(pending -> pending.stored().complete(null));
    }

    private void tellListeners(List<Pending> batch) {
        List<RawSample> all = batch.size() == 1 ? batch.get(0).samples()
                : batch.stream().flatMap(pending -> pending.samples().stream()).toList();
        if (all.isEmpty()) {
            return;
        }
        CommittedSamples committed = new CommittedSamples(all);
        for (CommittedSamplesListener listener : listeners) {
            try {
                listener.committed(committed);
            } catch (RuntimeException failed) {
                LOG.error("{} failed on {} committed samples", listener.getClass().getSimpleName(), all.size(),
                        failed);
            }
        }
    }

    private void store(List<Pending> batch) throws SQLException, IOException {
        List<List<RawSample>> samples = batch.stream().map(Pending::samples).filter(list -> !list.isEmpty()).toList();
        try (Connection connection = dataSource.getConnection()) {
            if (segment < 0 || sealRequested
                    || !clock.instant().isBefore(segmentOpened.plus(settings.segment()))) {
                openSegment(connection);
            }
            if (samples.isEmpty()) {
                return;
            }
            connection.setAutoCommit(false);
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy telemetry_landing_" + segment
                        + " (bucket, first_ts, last_ts, sample_count, samples) from stdin (format binary)",
                        new ByteArrayInputStream(LandingBlocks.copyRows(samples)));
                connection.commit();
            } catch (SQLException | IOException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private void openSegment(Connection connection) throws SQLException {
        sealRequested = false;
        try (PreparedStatement statement = connection.prepareStatement("select monitoring_open_raw_segment()");
                ResultSet opened = statement.executeQuery()) {
            opened.next();
            segment = opened.getLong(1);
            segmentOpened = clock.instant();
        }
    }
}
