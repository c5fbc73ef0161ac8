package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.UUID;

import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The alarm KPI report (EEMUA 191 / ISA-18.2) of the caller's scope: enterprises and supervisors read it alike. */
@RestController
@Tag(name = "Alarms")
class AlarmKpiController {

    private final AlarmKpis kpis;

    AlarmKpiController(AlarmKpis kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/api/v1/alarm-kpis")
    @PreAuthorize(AlarmController.READ)
    @Operation(summary = "Alarm-system performance over [from, to) (default the last 7 days, at most 92 days)",
            description = "Annunciations (raises) per 10-minute period on average and at the peak, share of periods "
                    + "in flood, the ten most frequent alarms and their share, chattering and standing alarms, mean "
                    + "time to acknowledge and to return, and the counts per enterprise; optionally one enterprise.")
    AlarmKpiReport report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(required = false) @Nullable UUID enterpriseId) {
        return kpis.report(CurrentActor.get(), from, to, enterpriseId);
    }
}
