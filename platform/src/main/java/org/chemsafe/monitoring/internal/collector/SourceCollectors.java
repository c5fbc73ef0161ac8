package org.chemsafe.monitoring.internal.collector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The running collections of one protocol, one per enabled source (OPC UA endpoint, Modbus device), in memory.
 * They start once the platform is ready and are replaced after a change of their source commits; the status of
 * each is read from here.
 *
 * @param <T> the stored configuration of a source
 */
public class SourceCollectors<T> implements DisposableBean {

    /** One source's running collection. */
    public interface Running {

        void start();

        SourceStatus status();

        /** Stops at once; values already read are still stored. */
        void stop();
    }

    /**
     * A protocol's sources: every enterprise's enabled ones, one by id if it exists and is enabled, a source's id,
     * and how one is collected.
     */
    public record Sources<T>(Supplier<List<T>> enabled, Function<UUID, Optional<T>> enabledById,
            Function<T, UUID> idOf, Function<T, Running> open) {
    }

    private final CollectorSettings settings;
    private final Sources<T> sources;
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();

    protected SourceCollectors(CollectorSettings settings, Sources<T> sources) {
        this.settings = settings;
        this.sources = sources;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startAll() {
        if (settings.enabled()) {
            sources.enabled().get().forEach(source -> replace(sources.idOf().apply(source), sources.open().apply(source)));
        }
    }

    /** Restarts (or stops) the source's collection once the current transaction commits. */
    public void changed(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload(id);
                }
            });
        } else {
            reload(id);
        }
    }

    public CollectorStatus status(UUID id) {
        Running collection = running.get(id);
        return collection == null ? CollectorStatus.disabled() : collection.status().snapshot();
    }

    /** The status a source shows right after it was stored: connecting if it will run, else disabled. */
    public CollectorStatus statusOnceStored(boolean enabled) {
        return enabled && settings.enabled() ? CollectorStatus.connecting() : CollectorStatus.disabled();
    }

    @Override
    public void destroy() {
        running.keySet().forEach(id -> replace(id, null));
    }

    private void reload(UUID id) {
        replace(id, settings.enabled() ? sources.enabledById().apply(id).map(sources.open()).orElse(null) : null);
    }

    private synchronized void replace(UUID id, @Nullable Running next) {
        Running previous = next == null ? running.remove(id) : running.put(id, next);
        if (previous != null) {
            previous.stop();
        }
        if (next != null) {
            next.start();
        }
    }
}
