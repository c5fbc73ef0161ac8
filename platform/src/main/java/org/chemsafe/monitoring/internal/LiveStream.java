package org.chemsafe.monitoring.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes an enterprise's live values to its open overview pages over server-sent events. A new stream first gets
 * every point's value (event {@code values}), then, once a second, those whose time or state changed since the last
 * push; a comment every 15 s keeps proxies from closing a quiet stream and finds the closed ones. Values come from
 * memory; each stream re-reads its enterprise's points (one query) every 30 s, so a new point appears without a
 * reload. At most {@value #MAX_STREAMS} streams are open at once; a stream ends after 30 minutes and the browser's
 * EventSource opens the next.
 */
@Component
class LiveStream {

    static final int MAX_STREAMS = 500;
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Duration POINTS_REFRESH = Duration.ofSeconds(30);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final Overview overview;
    private final LiveValues live;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    /** Its own thread: a slow client's write must not hold the platform's shared scheduler. */
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-stream");
        thread.setDaemon(true);
        return thread;
    });

    LiveStream(Overview overview, LiveValues live) {
        this.overview = overview;
        this.live = live;
        pusher.scheduleWithFixedDelay(this::pushAll, 1, 1, TimeUnit.SECONDS);
    }

    SseEmitter open(Actor actor, @Nullable UUID requestedEnterprise) {
        UUID enterpriseId = overview.enterpriseFor(actor, requestedEnterprise);
        if (watches.size() >= MAX_STREAMS) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "monitoring.live.too-many-streams", MAX_STREAMS);
        }
        Watch watch = new Watch(enterpriseId, actor.scope(), new SseEmitter(STREAM_LIFETIME.toMillis()));
        watch.emitter.onCompletion(() -> watches.remove(watch));
        watch.emitter.onTimeout(() -> watches.remove(watch));
        watch.emitter.onError(error -> watches.remove(watch));
        watches.add(watch);
        push(watch, Instant.now());
        return watch.emitter;
    }

    private void pushAll() {
        Instant now = Instant.now();
        for (Watch watch : watches) {
            push(watch, now);
        }
    }

    /** Ends every stream when the platform stops, so a graceful shutdown does not wait for open pages. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        pusher.shutdownNow();
        watches.forEach(watch -> watch.emitter.complete());
        watches.clear();
    }

    private void push(Watch watch, Instant now) {
        try {
            synchronized (watch) {
                if (watch.pointsReadAt == null || watch.pointsReadAt.plus(POINTS_REFRESH).isBefore(now)) {
                    watch.points = overview.pointsOf(watch.enterpriseId, watch.scope);
                    watch.pointsReadAt = now;
                }
                List<LiveValue> changed = new ArrayList<>();
                for (PointView point : watch.points) {
                    LiveValue value = live.of(point);
                    LiveValue sent = watch.sent.put(point.id(), value);
                    if (sent == null || !Objects.equals(sent.ts(), value.ts()) || sent.state() != value.state()) {
                        changed.add(value);
                    }
                }
                if (!changed.isEmpty()) {
                    watch.emitter.send(SseEmitter.event().name("values").data(changed, MediaType.APPLICATION_JSON));
                    watch.lastSentAt = now;
                } else if (watch.lastSentAt.plus(KEEP_ALIVE).isBefore(now)) {
                    watch.emitter.send(SseEmitter.event().comment("keep-alive"));
                    watch.lastSentAt = now;
                }
            }
        } catch (IOException | IllegalStateException closed) {
            watches.remove(watch);
            log.debug("Live stream of {} closed: {}", watch.enterpriseId, closed.getMessage());
        } catch (RuntimeException e) {
            watches.remove(watch);
            watch.emitter.completeWithError(e);
            log.warn("Live stream of {} failed", watch.enterpriseId, e);
        }
    }

    /** One open stream: the enterprise it shows, the reader's scope, and what it was sent last. */
    private static final class Watch {

        final UUID enterpriseId;
        final DataScope scope;
        final SseEmitter emitter;
        final Map<UUID, LiveValue> sent = new HashMap<>();
        List<PointView> points = List.of();
        @Nullable Instant pointsReadAt;
        Instant lastSentAt = Instant.EPOCH;

        Watch(UUID enterpriseId, DataScope scope, SseEmitter emitter) {
            this.enterpriseId = enterpriseId;
            this.scope = scope;
            this.emitter = emitter;
        }
    }
}
