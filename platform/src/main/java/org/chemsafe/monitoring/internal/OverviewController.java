package org.chemsafe.monitoring.internal;

import java.util.UUID;

import org.chemsafe.monitoring.MonitoringPermissions;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Real-time overview")
class OverviewController {

    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";

    private final Overview overview;
    private final LiveStream stream;

    OverviewController(Overview overview, LiveStream stream) {
        this.overview = overview;
        this.stream = stream;
    }

    @GetMapping("/api/v1/monitoring/overview")
    @PreAuthorize(READ)
    @Operation(summary = "An enterprise's real-time overview: its points as cards grouped by tank or unit, with live "
            + "values, limits and states (enterprise users: their own; others name the enterprise)")
    OverviewView overview(@RequestParam(required = false) @Nullable UUID enterpriseId) {
        return overview.of(CurrentActor.get(), enterpriseId);
    }

    @GetMapping(path = "/api/v1/monitoring/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(READ)
    @Operation(summary = "The enterprise's live values as server-sent events: 'values' with every point first, then "
            + "each second those whose time or state changed")
    SseEmitter live(@RequestParam(required = false) @Nullable UUID enterpriseId) {
        return stream.open(CurrentActor.get(), enterpriseId);
    }
}
