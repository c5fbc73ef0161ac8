package org.chemsafe.dualprevention.internal.effectiveness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.hidden.HiddenDangers;
import org.chemsafe.dualprevention.internal.hidden.RectificationCounts;
import org.chemsafe.dualprevention.internal.inspection.Rounds;
import org.chemsafe.dualprevention.internal.inspection.TaskCompletion;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores an enterprise of the caller's scope over a period of plant days (from and to included, at most
 * {@link #MAX_DAYS}): counts its occurrences and hidden dangers, then {@link EffectivenessCalculator} with the model's
 * parameters.
 */
@Service
@Transactional(readOnly = true)
class Effectiveness {

    static final int MAX_DAYS = 366;

    private final EffectivenessModel model;
    private final Rounds rounds;
    private final HiddenDangers dangers;
    private final EnterpriseDirectory directory;
    private final FieldRejections rejections;
    private final WorkCalendar calendar;

    Effectiveness(EffectivenessModel model, Rounds rounds, HiddenDangers dangers, EnterpriseDirectory directory,
            FieldRejections rejections, WorkCalendar calendar) {
        this.model = model;
        this.rounds = rounds;
        this.dangers = dangers;
        this.directory = directory;
        this.rejections = rejections;
        this.calendar = calendar;
    }

    EffectivenessScore score(Actor actor, @Nullable UUID enterpriseId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return scoreOf(enterpriseOf(actor, enterpriseId), from, to);
    }

    /** The period's days, from and to included: at least one, at most {@link #MAX_DAYS} (else a 400 naming to). */
    void checkPeriod(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 1 || days > MAX_DAYS) {
            throw rejections.invalid(List.of(rejections.problem("to", "dualprevention.effectiveness.period",
                    MAX_DAYS)));
        }
    }

    /** The score of an enterprise the caller may see, over a checked period. */
    EffectivenessScore scoreOf(UUID enterprise, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        ZoneId zone = calendar.zone();
        TaskCompletion tasks = rounds.completion(enterprise, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        RectificationCounts found = dangers.counts(enterprise, from, to);
        return EffectivenessCalculator.score(model, enterprise, from, to, new EffectivenessInputs(tasks.planned(),
                tasks.completed(), tasks.accountableMissed(), found.due(), found.accepted(), found.reported(),
                (int) days, found.majorOverdue()));
    }

    /** An enterprise user's own (another is not found); for others the named one, inside their scope. */
    private UUID enterpriseOf(Actor actor, @Nullable UUID requested) {
        UUID own = actor.scope().enterpriseId();
        if (own != null) {
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.notFound("enterprise", requested);
            }
            return own;
        }
        if (requested == null) {
            throw rejections.invalid(List.of(rejections.problem("enterpriseId",
                    "dualprevention.effectiveness.enterprise")));
        }
        if (directory.findEnterprise(requested).isEmpty()
                || !directory.covers(actor.scope(), DataScope.enterprise(requested))) {
            throw ProblemException.notFound("enterprise", requested);
        }
        return requested;
    }
}
