package org.chemsafe.dualprevention.internal.effectiveness;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The effectiveness score of dual prevention (运行效果评估) of an enterprise over a period. */
@RestController
@Tag(name = "Dual prevention")
class EffectivenessController {

    private final Effectiveness effectiveness;
    private final DualPreventionOverview overview;

    EffectivenessController(Effectiveness effectiveness, DualPreventionOverview overview) {
        this.effectiveness = effectiveness;
        this.overview = overview;
    }

    @GetMapping("/api/v1/dual-prevention/overview")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "Every enterprise of the caller's scope (or of a region in it) over the days from–to: its "
            + "effectiveness score, task completion and open hidden dangers, the lowest score first",
            description = """
                    The score of each is the one /effectiveness answers. dangers: open (not yet accepted), major,                     overdue and overdue major (督办) today. At most 200 enterprises: a wider scope names a region                     (regionCode; one outside the scope is a 404).""")
    List<EnterpriseOverview> overview(@RequestParam(required = false) @Nullable String regionCode,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return overview.overview(CurrentActor.get(), regionCode, from, to);
    }

    @GetMapping("/api/v1/dual-prevention/effectiveness")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "The effectiveness score E = (A + B) × α of an enterprise over the days from–to (at most 366)",
            description = """
                    A: completed / planned inspection occurrences × 50, minus 2 per 包保 occurrence not done (at most \
                    20); B: accepted / due hidden dangers × 50 (50 when none was due), minus 10 when fewer than 1 per \
                    30 days were reported; α = 0 on a veto item (no occurrence due; a 重大 hidden danger overdue). \
                    Grades 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, else 差. These defaults are data \
                    (dualprevention/effectiveness-model.csv) and the answer shows every input, step and parameter. \
                    enterpriseId: required for platform and government users.""")
    EffectivenessScore score(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return effectiveness.score(CurrentActor.get(), enterpriseId, from, to);
    }
}
