package org.chemsafe.monitoring.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chemsafe.monitoring.MonitoringPermissions;
import org.chemsafe.shared.AuditExempt;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Telemetry")
class TelemetryController {

    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";

    private final TelemetryIngestion ingestion;
    private final Telemetry telemetry;

    TelemetryController(TelemetryIngestion ingestion, Telemetry telemetry) {
        this.ingestion = ingestion;
        this.telemetry = telemetry;
    }

    @PostMapping("/api/v1/telemetry")
    @PreAuthorize("hasAuthority('purpose:TELEMETRY')")
    @AuditExempt("machine ingestion at high rate; accepted and rejected samples are counted per gateway and reason")
    @Operation(summary = "A gateway's samples, with an API token of purpose TELEMETRY; 202 once the good ones are "
            + "durably stored, each bad one rejected with its index and reason")
    ResponseEntity<TelemetryReceipt> ingest(@Valid @RequestBody TelemetryRequest request)
            throws TimeoutException, ExecutionException, InterruptedException {
        UUID enterpriseId = CurrentActor.get().scope().enterpriseId();
        if (enterpriseId == null) {
            throw ProblemException.forbidden("monitoring.telemetry.enterprise-token");
        }
        return ResponseEntity.accepted().body(ingestion.ingest(enterpriseId, request));
    }

    @GetMapping("/api/v1/points/latest")
    @PreAuthorize(READ)
    @Operation(summary = "The latest value, quality and time of each of the points (those with a value)")
    List<LatestView> latest(@RequestParam @NotEmpty @Size(max = 1000) List<UUID> ids) {
        return telemetry.latest(CurrentActor.get(), ids);
    }

    @GetMapping("/api/v1/points/{id}/series")
    @PreAuthorize(READ)
    @Operation(summary = "A point's series in [from, to) (default the last hour): raw samples or 1 min / 1 h rollups "
            + "(min, max, avg, count); without resolution, raw up to 6 h, minutes up to 6 days, else hours; at most "
            + "limit entries (default 10,000)")
    SeriesView series(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(required = false) @Pattern(regexp = "raw|1m|1h") @Nullable String resolution,
            @RequestParam(required = false) @Min(1) @Max(Telemetry.MAX_LIMIT) @Nullable Integer limit) {
        return telemetry.series(CurrentActor.get(), id, from, to, resolution, limit);
    }
}
