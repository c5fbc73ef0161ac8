package org.chemsafe.monitoring.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chemsafe.monitoring.MonitoringPermissions;
import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Data quality")
class DataQualityController {

    static final int MAX_HISTORY_DAYS = 366;
    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";

    private final Telemetry telemetry;
    private final OnlineRates onlineRates;
    private final PointQualities pointQualities;
    private final EnterpriseAccess access;
    private final Problems problems;
    private final PointQualitySheet sheet;

    DataQualityController(Telemetry telemetry, OnlineRates onlineRates, PointQualities pointQualities,
            EnterpriseAccess access, Problems problems, PointQualitySheet sheet) {
        this.problems = problems;
        this.sheet = sheet;
        this.telemetry = telemetry;
        this.onlineRates = onlineRates;
        this.pointQualities = pointQualities;
        this.access = access;
    }

    @GetMapping("/api/v1/points/{id}/quality")
    @PreAuthorize(READ)
    @Operation(summary = "A point's data quality now: online, flatline, out-of-range and rejected counts")
    PointQualityView quality(@PathVariable UUID id) {
        return telemetry.quality(CurrentActor.get(), id);
    }

    @GetMapping("/api/v1/data-quality")
    @PreAuthorize(READ)
    @Operation(summary = "The online rate (在线率) of a day (default today, Asia/Shanghai) of the enterprises in "
            + "scope, or of the one named, ranked highest first")
    List<OnlineRateView> onlineRates(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return onlineRates.ranking(CurrentActor.get().scope(), enterpriseId, day);
    }

    @GetMapping("/api/v1/data-quality/points")
    @PreAuthorize(READ)
    @Operation(summary = "The data quality now of every enabled point of the enterprise (enterprise users: their own; "
            + "others name it), by tag; problemsOnly leaves out the healthy ones")
    List<PointQualityRow> pointQualities(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(defaultValue = "false") boolean problemsOnly) {
        return pointQualities.of(CurrentActor.get(), enterpriseId, problemsOnly);
    }

    @GetMapping("/api/v1/data-quality/history")
    @PreAuthorize(READ)
    @Operation(summary = "An enterprise's online rate of each day from-to (default the last 30 days to today, at most "
            + "366 days; enterprise users: their own; others name it)")
    List<OnlineRateDay> history(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Actor actor = CurrentActor.get();
        UUID enterprise = access.readableFor(actor, enterpriseId);
        LocalDate end = to == null ? onlineRates.today() : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end) || start.plusDays(MAX_HISTORY_DAYS).isBefore(end)) {
            throw problems.invalid("from", "monitoring.quality.history-range", MAX_HISTORY_DAYS);
        }
        return onlineRates.history(actor.scope(), enterprise, start, end);
    }

    @GetMapping("/api/v1/data-quality/points/export.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "The points' data quality as an Excel workbook (the list's rows and filters)")
    void exportPointQualities(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(defaultValue = "false") boolean problemsOnly, HttpServletResponse response)
            throws IOException {
        sheet.write(CurrentActor.get(), enterpriseId, problemsOnly, response);
    }
}
