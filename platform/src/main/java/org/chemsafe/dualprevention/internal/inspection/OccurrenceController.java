package org.chemsafe.dualprevention.internal.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.dualprevention.DueWindow;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.OccurrenceEngine;
import org.chemsafe.dualprevention.internal.register.InspectionTaskView;
import org.chemsafe.dualprevention.internal.register.InspectionTasks;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The occurrences inspection tasks generate, with their states: one task's (so its schedule can be checked by
 * hand), the caller's rounds today, and those missed (未排查).
 */
@RestController
@Tag(name = "Dual prevention")
class OccurrenceController {

    static final String READ = "hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')";
    /** Without a range: the occurrence open now and those starting within this horizon. */
    static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    /** The longest range asked for at once (an hourly task has at most 24 × 366 occurrences in it). */
    static final Duration MAX_RANGE = Duration.ofDays(366);
    /** The longest range of the missed list and the calendar, which walk every task of the scope. */
    static final Duration MAX_MISSED_RANGE = Duration.ofDays(31);

    private final InspectionTasks tasks;
    private final OccurrenceEngine engine;
    private final Rounds rounds;
    private final FieldRejections rejections;
    private final Clock clock;

    OccurrenceController(InspectionTasks tasks, OccurrenceEngine engine, Rounds rounds, FieldRejections rejections,
            Clock clock) {
        this.tasks = tasks;
        this.engine = engine;
        this.rounds = rounds;
        this.rejections = rejections;
        this.clock = clock;
    }

    @GetMapping("/api/v1/inspection-tasks/{id}/occurrences")
    @PreAuthorize(READ)
    @Operation(summary = "The due windows of an inspection task starting in [from, to), at most 366 days, with states",
            description = """
                    Without from and to: the occurrence open now and those starting within 7 days. Windows are in \
                    the plant's zone; workDay is the day an occurrence belongs to (a night shift past midnight \
                    belongs to the day it began). State: DONE with its record, DUE (open), UPCOMING, MISSED (未排查, \
                    closed without a record; checkStatus 2). Rules: docs/architecture.md, "inspection occurrences".""")
    List<OccurrenceView> occurrences(@PathVariable UUID id, @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        Actor actor = CurrentActor.get();
        InspectionTaskView task = tasks.get(actor, id);
        List<DueWindow> windows = from == null && to == null ? engine.upcoming(task.cycle(), DEFAULT_HORIZON)
                : engine.windows(task.cycle(), checkedFrom(from, to, MAX_RANGE), to);
        return rounds.judged(actor, task, windows);
    }

    @GetMapping("/api/v1/inspection-rounds/today")
    @PreAuthorize(READ)
    @Operation(summary = "The caller's rounds today: the occurrences of the tasks assigned to them open at some time "
            + "of the plant's day, by start, with their states")
    List<RoundOccurrence> today() {
        return rounds.today(CurrentActor.get());
    }

    @GetMapping("/api/v1/inspection-occurrences")
    @PreAuthorize(READ)
    @Operation(summary = "The occurrences of the scope's tasks (or one enterprise's) starting in [from, to), at most "
            + "31 days, with their states (the task calendar); state narrows them to one")
    List<RoundOccurrence> calendar(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable OccurrenceState state) {
        return rounds.occurrences(CurrentActor.get(), enterpriseId, checkedFrom(from, to, MAX_MISSED_RANGE),
                Objects.requireNonNull(to), state);
    }

    @GetMapping("/api/v1/inspection-occurrences/missed")
    @PreAuthorize(READ)
    @Operation(summary = "The occurrences of the scope's tasks starting in [from, to) (at most 31 days; by default the "
            + "last 7 days) whose window closed without a record (未排查)")
    List<RoundOccurrence> missed(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        if (from == null && to == null) {
            Instant now = clock.instant();
            return rounds.missed(CurrentActor.get(), enterpriseId, now.minus(DEFAULT_HORIZON), now);
        }
        return rounds.missed(CurrentActor.get(), enterpriseId, checkedFrom(from, to, MAX_MISSED_RANGE), to);
    }

    /** {@code from}, once both ends are given, in order and at most {@code max} apart (else a 400 naming one). */
    private Instant checkedFrom(@Nullable Instant from, @Nullable Instant to, Duration max) {
        if (from == null || to == null) {
            throw rejections.invalid(List.of(rejections.problem(from == null ? "from" : "to",
                    "dualprevention.occurrences.both")));
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(max) > 0) {
            throw rejections.invalid(List.of(rejections.problem("to", "dualprevention.occurrences.range",
                    max.toDays())));
        }
        return from;
    }
}
