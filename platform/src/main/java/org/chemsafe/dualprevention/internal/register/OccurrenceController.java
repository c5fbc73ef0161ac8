package org.chemsafe.dualprevention.internal.register;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.OccurrenceEngine;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The due windows an inspection task's cycle generates, so that its schedule can be checked by hand. */
@RestController
@Tag(name = "Dual prevention")
class OccurrenceController {

    /** Without a range: the occurrence open now and those starting within this horizon. */
    static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    /** The longest range asked for at once (an hourly task has at most 24 × 366 occurrences in it). */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    private final RiskRegister register;
    private final OccurrenceEngine engine;
    private final FieldRejections rejections;

    OccurrenceController(RiskRegister register, OccurrenceEngine engine, FieldRejections rejections) {
        this.register = register;
        this.engine = engine;
        this.rejections = rejections;
    }

    @GetMapping("/api/v1/inspection-tasks/{id}/occurrences")
    @PreAuthorize(RiskRegisterController.READ)
    @Operation(summary = "The due windows of an inspection task starting in [from, to), at most 366 days",
            description = """
                    Without from and to: the occurrence open now and those starting within 7 days. Windows are in \
                    the plant's zone; workDay is the day an occurrence belongs to (a night shift past midnight \
                    belongs to the day it began). Rules: docs/architecture.md, "inspection occurrences".""")
    List<DueWindow> occurrences(@PathVariable UUID id, @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        InspectionTaskView task = register.get(CurrentActor.get(), RegisterTables.TASKS, id);
        if (from == null && to == null) {
            return engine.upcoming(task.cycle(), DEFAULT_HORIZON);
        }
        if (from == null || to == null) {
            throw rejections.invalid(List.of(rejections.problem(from == null ? "from" : "to",
                    "dualprevention.occurrences.both")));
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw rejections.invalid(List.of(rejections.problem("to", "dualprevention.occurrences.range",
                    MAX_RANGE.toDays())));
        }
        return engine.windows(task.cycle(), from, to);
    }
}
