package org.chemsafe.dualprevention.internal;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.shared.AuditExempt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Previews the due windows of an inspection task's schedule, so it can be checked by hand before it is saved. */
@RestController
@Tag(name = "Dual prevention")
class ScheduleController {

    private final OccurrenceGenerator generator;

    ScheduleController(OccurrenceGenerator generator) {
        this.generator = generator;
    }

    @PostMapping("/api/v1/inspection-tasks/schedule-preview")
    @AuditExempt("a stateless calculation: it changes nothing")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "The due windows an inspection task's schedule generates in a period (nothing is stored)",
            description = """
                    The national task's cycle: checkCycle + checkCycleUnit (HOUR, DAY, MONTH, YEAR) from \
                    taskStartTime (the plant's local time), hourly tasks inside workStartTime–workEndTime (past \
                    midnight when the end is earlier), workDayType EVERY_DAY, WORKING_DAYS or NON_WORKING_DAYS by the \
                    national holiday calendar. A monthly or yearly window on an excluded day opens on the next \
                    allowed day. Lists the windows that open in [from, to), at most 10,000 (then truncated).""")
    SchedulePreview preview(@Valid @RequestBody SchedulePreviewRequest request) {
        List<Occurrence> occurrences = generator.between(request.schedule(), request.from().toZonedDateTime(),
                request.to().toZonedDateTime());
        return new SchedulePreview(occurrences.stream()
                .map(o -> new SchedulePreview.Window(o.start().toOffsetDateTime(), o.end().toOffsetDateTime()))
                .toList(), occurrences.size() >= OccurrenceGenerator.MAX_OCCURRENCES);
    }

    /** The windows in order; {@code truncated} when the period held more than the limit. */
    record SchedulePreview(List<Window> occurrences, boolean truncated) {

        /** Due from {@code start}; not checked by {@code end}, the occurrence is missed (未排查). */
        record Window(OffsetDateTime start, OffsetDateTime end) {
        }
    }
}
