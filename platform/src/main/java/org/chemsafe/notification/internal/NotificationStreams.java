package org.chemsafe.notification.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers' live streams (SSE), by user: a notice is pushed to every open page of its recipients as a
 * {@code notice} event; a comment every 25 s keeps proxies from closing idle streams and finds closed ones. A stream
 * ends after an hour; the browser's EventSource opens it again by itself.
 */
@Component
class NotificationStreams {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Map<UUID, Set<SseEmitter>> open = new ConcurrentHashMap<>();

    SseEmitter open(UUID userId) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        open.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
        emitter.onCompletion(() -> close(userId, emitter));
        emitter.onTimeout(() -> close(userId, emitter));
        emitter.onError(error -> close(userId, emitter));
        send(userId, emitter, SseEmitter.event().comment("open"));
        return emitter;
    }

    boolean isOpen(UUID userId) {
        Set<SseEmitter> emitters = open.get(userId);
        return emitters != null && !emitters.isEmpty();
    }

    void push(UUID userId, NoticeView notice) {
        for (SseEmitter emitter : open.getOrDefault(userId, Set.of())) {
            send(userId, emitter, SseEmitter.event().name("notice").id(notice.id().toString())
                    .data(notice, MediaType.APPLICATION_JSON));
        }
    }

    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        open.forEach((userId, emitters) -> emitters.forEach(
                emitter -> send(userId, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    /** Ends every stream when the platform stops, so a graceful shutdown does not wait for open pages. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        open.clear();
    }

    private void send(UUID userId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException closed) {
            close(userId, emitter);
        }
    }

    private void close(UUID userId, SseEmitter emitter) {
        open.computeIfPresent(userId, (id, emitters) -> {
            emitters.remove(emitter);
            return emitters.isEmpty() ? null : emitters;
        });
    }
}
