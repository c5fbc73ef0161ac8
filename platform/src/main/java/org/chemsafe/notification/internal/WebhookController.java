package org.chemsafe.notification.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.chemsafe.notification.NotificationPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notification")
class WebhookController {

    static final String READ = "hasAuthority('" + NotificationPermissions.NOTIFICATION_READ + "')";
    private static final String CONFIGURE = "hasAuthority('" + NotificationPermissions.NOTIFICATION_CONFIGURE + "')";

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/api/v1/notification-webhooks")
    @PreAuthorize(READ)
    @Operation(summary = "The webhooks within the scope, by name")
    PageResult<Webhook> list(@RequestParam(required = false) @Nullable UUID enterpriseId, @Valid PageQuery page) {
        return webhooks.list(CurrentActor.get(), enterpriseId, page);
    }

    @PostMapping("/api/v1/notification-webhooks")
    @PreAuthorize(CONFIGURE)
    @Operation(summary = "Add a webhook: the enterprise's notices of at least minSeverity are POSTed to it",
            description = "Formats: GENERIC (the notice's fields as JSON), DINGTALK, WECOM, FEISHU (the messengers' "
                    + "custom-robot text messages).")
    ResponseEntity<Webhook> create(@Valid @RequestBody WebhookRequest request) {
        Webhook created = webhooks.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/notification-webhooks/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/notification-webhooks/{id}")
    @PreAuthorize(READ)
    Webhook get(@PathVariable UUID id) {
        return webhooks.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/notification-webhooks/{id}")
    @PreAuthorize(CONFIGURE)
    Webhook change(@PathVariable UUID id, @Valid @RequestBody WebhookRequest request) {
        return webhooks.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/notification-webhooks/{id}")
    @PreAuthorize(CONFIGURE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        webhooks.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
