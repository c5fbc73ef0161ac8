package org.chemsafe.dualprevention.internal.effectiveness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.chemsafe.dualprevention.internal.hidden.OpenDangers;
import org.jspecify.annotations.Nullable;

/**
 * One enterprise as a supervisor watches its dual prevention over a period: the effectiveness score with its grade
 * and vetoes, the inspection occurrences planned and done, and the hidden dangers open today.
 *
 * @param completionRate done / planned in percent, one decimal; null when nothing was planned
 */
record EnterpriseOverview(UUID enterpriseId, String enterpriseName, String regionName, BigDecimal score,
        EffectivenessGrade grade, List<VetoItem> vetoes, int planned, int completed, int accountableMissed,
        @Nullable BigDecimal completionRate, OpenDangers dangers) {

    static EnterpriseOverview of(UUID enterpriseId, String enterpriseName, String regionName,
            EffectivenessScore score, OpenDangers dangers) {
        EffectivenessScore.TaskPart tasks = score.tasks();
        BigDecimal rate = tasks.planned() == 0 ? null
                : BigDecimal.valueOf(tasks.completed() * 100L).divide(BigDecimal.valueOf(tasks.planned()), 1,
                        RoundingMode.HALF_UP);
        return new EnterpriseOverview(enterpriseId, enterpriseName, regionName, score.score(), score.grade(),
                score.vetoes(), tasks.planned(), tasks.completed(), tasks.accountableMissed(), rate, dangers);
    }
}
