package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.HazardUnits;
import org.chemsafe.enterprise.TankRef;
import org.chemsafe.enterprise.UnitRef;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds an enterprise's real-time overview: its points from the database, their values from memory. */
@Service
class Overview {

    private final EnterpriseAccess access;
    private final EnterpriseDirectory directory;
    private final PointRepository points;
    private final HazardUnits hazardUnits;
    private final LiveValues live;
    private final Clock clock;

    Overview(EnterpriseAccess access, EnterpriseDirectory directory, PointRepository points, HazardUnits hazardUnits,
            LiveValues live, Clock clock) {
        this.access = access;
        this.directory = directory;
        this.points = points;
        this.hazardUnits = hazardUnits;
        this.live = live;
        this.clock = clock;
    }

    /** The enterprise the actor may read: its own for an enterprise user, the one named for others. */
    UUID enterpriseFor(Actor actor, @Nullable UUID enterpriseId) {
        return access.readableFor(actor, enterpriseId);
    }

    /** The enterprise's enabled points, read within the actor's scope. */
    @Transactional(readOnly = true)
    List<PointView> pointsOf(UUID enterpriseId, DataScope scope) {
        return points.allOf(enterpriseId, scope).stream().filter(PointView::enabled).toList();
    }

    @Transactional(readOnly = true)
    OverviewView of(Actor actor, @Nullable UUID requested) {
        UUID enterpriseId = enterpriseFor(actor, requested);
        Labels labels = new Labels(hazardUnits.unitsOf(enterpriseId), hazardUnits.tanksOf(enterpriseId));
        Map<String, List<OverviewView.Card>> cards = new LinkedHashMap<>();
        Map<String, PointView> firstOf = new HashMap<>();
        int online = 0;
        int atLimit = 0;
        int offline = 0;
        int noData = 0;
        List<PointView> enabled = pointsOf(enterpriseId, actor.scope());
        for (PointView point : enabled) {
            LiveValue value = live.of(point);
            switch (value.state()) {
                case NO_DATA -> noData++;
                case OFFLINE -> offline++;
                default -> online++;
            }
            atLimit += value.state().isLimit() ? 1 : 0;
            String key = point.linkedObject() == null ? "" : point.linkedObject().id().toString();
            firstOf.putIfAbsent(key, point);
            cards.computeIfAbsent(key, k -> new ArrayList<>()).add(new OverviewView.Card(point.id(), point.tag(),
                    point.name(), point.indicatorType(), point.unit(), point.rangeLow(), point.rangeHigh(),
                    point.limits(), point.position(), value));
        }
        List<OverviewView.Group> groups = new ArrayList<>();
        cards.forEach((key, group) -> {
            LinkedObject object = firstOf.get(key).linkedObject();
            groups.add(new OverviewView.Group(object == null ? null : object.kind(), object == null ? null : object.id(),
                    labels.of(object), group));
        });
        groups.sort(Comparator.comparing((OverviewView.Group group) -> group.kind() == null)
                .thenComparing(OverviewView.Group::label));
        String name = directory.findEnterprise(enterpriseId).map(found -> found.name()).orElse("");
        return new OverviewView(enterpriseId, name, clock.instant(),
                new OverviewView.Counts(enabled.size(), online, atLimit, offline, noData), groups);
    }

    /** How a group is labelled: a tank by farm and code with the farm's name, a unit by code and name. */
    private static final class Labels {

        private final Map<UUID, String> labels = new HashMap<>();

        Labels(List<UnitRef> units, List<TankRef> tanks) {
            Map<UUID, String> unitNames = new HashMap<>();
            for (UnitRef unit : units) {
                unitNames.put(unit.id(), unit.name());
                labels.put(unit.id(), unit.code() + " " + unit.name());
            }
            for (TankRef tank : tanks) {
                labels.put(tank.id(), tank.tankFarmCode() + "/" + tank.code() + " "
                        + unitNames.getOrDefault(tank.tankFarmId(), ""));
            }
        }

        String of(@Nullable LinkedObject object) {
            if (object == null) {
                return "";
            }
            return labels.getOrDefault(object.id(), object.kind() + " " + object.id()).strip();
        }
    }
}
