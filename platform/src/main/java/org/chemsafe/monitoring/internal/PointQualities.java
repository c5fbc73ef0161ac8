package org.chemsafe.monitoring.internal;

import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data quality of every enabled point of an enterprise: the points from the database, the quality from memory. */
@Service
class PointQualities {

    private final EnterpriseAccess access;
    private final PointRepository points;
    private final DataQuality quality;

    PointQualities(EnterpriseAccess access, PointRepository points, DataQuality quality) {
        this.access = access;
        this.points = points;
        this.quality = quality;
    }

    /** The enterprise's points by tag, only those with a problem when asked. */
    @Transactional(readOnly = true)
    List<PointQualityRow> of(Actor actor, @Nullable UUID requested, boolean problemsOnly) {
        UUID enterpriseId = access.readableFor(actor, requested);
        return points.allOf(enterpriseId, actor.scope()).stream().filter(PointView::enabled).map(point -> {
            PointQualityView now = quality.of(point.id(), new DataQuality.PointTraits(point.expectedPeriodSeconds(),
                    point.indicatorType() != IndicatorType.SWITCH));
            return new PointQualityRow(point.id(), point.tag(), point.name(), point.indicatorType(),
                    point.expectedPeriodSeconds(), now.online(), now.lastReceivedAt(), now.flatline(),
                    now.unchangedSince(), now.outOfRangeCount(), now.rejectedCount());
        }).filter(row -> !problemsOnly || row.hasProblem()).toList();
    }
}
