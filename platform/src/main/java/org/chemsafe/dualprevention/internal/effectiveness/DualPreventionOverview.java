package org.chemsafe.dualprevention.internal.effectiveness;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.hidden.HiddenDangers;
import org.chemsafe.dualprevention.internal.hidden.OpenDangers;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's view of dual prevention (issue 10: "region supervisors see their enterprises' scores, overdue
 * major hidden dangers and task completion"): every enterprise of the caller's scope, or of a region within it, with
 * its score over the period and its open hidden dangers, the lowest score first. Each score is computed as
 * {@code /effectiveness} computes it, so the two always agree. At most {@link #MAX_ENTERPRISES} at once.
 */
@Service
@Transactional(readOnly = true)
class DualPreventionOverview {

    static final int MAX_ENTERPRISES = 200;

    private final Effectiveness effectiveness;
    private final HiddenDangers dangers;
    private final EnterpriseDirectory directory;
    private final FieldRejections rejections;

    DualPreventionOverview(Effectiveness effectiveness, HiddenDangers dangers, EnterpriseDirectory directory,
            FieldRejections rejections) {
        this.effectiveness = effectiveness;
        this.dangers = dangers;
        this.directory = directory;
        this.rejections = rejections;
    }

    List<EnterpriseOverview> overview(Actor actor, @Nullable String regionCode, LocalDate from, LocalDate to) {
        effectiveness.checkPeriod(from, to);
        DataScope scope = scopeOf(actor, regionCode);
        List<EnterpriseSummary> enterprises = directory.enterprisesWithin(scope);
        if (enterprises.size() > MAX_ENTERPRISES) {
            throw rejections.invalid(List.of(rejections.problem("regionCode", "dualprevention.overview.too-many",
                    enterprises.size(), MAX_ENTERPRISES)));
        }
        Map<UUID, OpenDangers> open = dangers.open(scope);
        return enterprises.stream()
                .map(enterprise -> EnterpriseOverview.of(enterprise.id(), enterprise.name(), enterprise.regionName(),
                        effectiveness.scoreOf(enterprise.id(), from, to),
                        open.getOrDefault(enterprise.id(), OpenDangers.NONE)))
                .sorted(Comparator.comparing(EnterpriseOverview::score)
                        .thenComparing(EnterpriseOverview::enterpriseName))
                .toList();
    }

    /** The caller's scope, or the region named inside it (a region outside it is not found). */
    private DataScope scopeOf(Actor actor, @Nullable String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return actor.scope();
        }
        DataScope region = DataScope.region(regionCode.strip());
        if (!directory.covers(actor.scope(), region)) {
            throw ProblemException.notFound("region", regionCode);
        }
        return region;
    }
}
