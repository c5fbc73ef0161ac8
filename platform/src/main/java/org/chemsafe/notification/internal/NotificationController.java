package org.chemsafe.notification.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A user's notices, live (SSE) and as a list, and the record of deliveries for the enterprise's managers and the
 * supervisors.
 */
@RestController
@Tag(name = "Notification")
class NotificationController {

    /** A user's own notices need no permission: whoever is signed in has theirs. */
    private static final String SIGNED_IN = "isAuthenticated()";

    private final NotificationRepository notifications;
    private final NotificationStreams streams;

    NotificationController(NotificationRepository notifications, NotificationStreams streams) {
        this.notifications = notifications;
        this.streams = streams;
    }

    @GetMapping(path = "/api/v1/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "The caller's notices as they are sent: server-sent events named notice (a NoticeView)")
    SseEmitter stream() {
        return streams.open(CurrentActor.get().id());
    }

    @GetMapping("/api/v1/notifications")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "The notices sent to the caller, newest first")
    PageResult<NoticeView> mine(@Valid PageQuery page) {
        Actor actor = CurrentActor.get();
        return notifications.noticesOf(actor.id(), actor.scope(), page);
    }

    @GetMapping("/api/v1/notification-deliveries")
    @PreAuthorize(WebhookController.READ)
    @Operation(summary = "The deliveries within the scope, newest first: channel, recipient, state, attempts",
            description = "Filters: enterprise, channel (BROWSER, EMAIL, SMS, WEBHOOK), status (PENDING, DELIVERED, "
                    + "FAILED, NO_SESSION), alarm.")
    PageResult<DeliveryView> deliveries(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable DeliveryChannel channel,
            @RequestParam(required = false) @Nullable DeliveryStatus status,
            @RequestParam(required = false) @Nullable UUID alarmId, @Valid PageQuery page) {
        return notifications.search(CurrentActor.get().scope(), new DeliveryFilter(enterpriseId, channel, status,
                alarmId), page);
    }

    @GetMapping("/api/v1/notification-deliveries/{id}")
    @PreAuthorize(WebhookController.READ)
    @Operation(summary = "One delivery with every attempt")
    DeliveryView delivery(@PathVariable UUID id) {
        return notifications.find(id, CurrentActor.get().scope())
                .orElseThrow(() -> ProblemException.notFound("notification-delivery", id));
    }
}
