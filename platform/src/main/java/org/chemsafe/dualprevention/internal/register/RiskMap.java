package org.chemsafe.dualprevention.internal.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.enterprise.AreaInfo;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.SiteAreas;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a site's 四色图: the enterprise module names the site's areas, the register's units name their area, and an
 * area takes the most severe of the latest assessments of the events under its units. Another enterprise's site (or
 * one outside a supervisor's region) is not found; a site without areas has an empty map.
 */
@Service
class RiskMap {

    private final SiteAreas siteAreas;
    private final EnterpriseAccess access;
    private final ScopedJdbc scoped;

    RiskMap(SiteAreas siteAreas, EnterpriseAccess access, ScopedJdbc scoped) {
        this.siteAreas = siteAreas;
        this.access = access;
        this.scoped = scoped;
    }

    @Transactional(readOnly = true)
    RiskMapView of(Actor actor, UUID siteId) {
        UUID enterpriseId = siteAreas.enterpriseOfSite(siteId)
                .orElseThrow(() -> ProblemException.notFound("site", siteId));
        access.readableFor(actor, enterpriseId);
        List<AreaInfo> areas = siteAreas.areasOf(siteId);
        if (areas.isEmpty()) {
            return new RiskMapView(siteId, List.of());
        }
        UUID[] ids = areas.stream().map(AreaInfo::id).toArray(UUID[]::new);
        Map<UUID, Integer> units = new HashMap<>();
        scoped.sql(actor.scope(), """
                select area_id, count(*) as units from risk_unit t
                where @scope(t.enterprise_id) and t.area_id = any(:areas) group by area_id""")
                .param("areas", ids)
                .query((rs, n) -> units.put(rs.getObject("area_id", UUID.class), rs.getInt("units"))).list();
        Map<UUID, Map<RiskLevel, Integer>> levels = new HashMap<>();
        Map<UUID, Integer> events = new HashMap<>();
        scoped.sql(actor.scope(), """
                select t.area_id, a.risk_level, count(*) as events
                from risk_unit t
                join risk_event e on e.risk_unit_id = t.id
                left join lateral (
                    select risk_level from risk_assessment where risk_event_id = e.id
                    order by assessed_at desc, id desc limit 1) a on true
                where @scope(t.enterprise_id) and t.area_id = any(:areas)
                group by t.area_id, a.risk_level""")
                .param("areas", ids).query((rs, n) -> {
                    UUID area = rs.getObject("area_id", UUID.class);
                    int count = rs.getInt("events");
                    events.merge(area, count, Integer::sum);
                    String level = rs.getString("risk_level");
                    if (level != null) {
                        levels.computeIfAbsent(area, key -> new EnumMap<>(RiskLevel.class))
                                .merge(RiskLevel.valueOf(level), count, Integer::sum);
                    }
                    return n;
                }).list();
        List<RiskMapView.AreaRisk> answer = new ArrayList<>();
        for (AreaInfo area : areas) {
            Map<RiskLevel, Integer> counts = levels.getOrDefault(area.id(), Map.of());
            RiskLevel highest = null;
            for (RiskLevel level : RiskLevel.values()) {
                if (counts.getOrDefault(level, 0) > 0) {
                    highest = level;
                    break;
                }
            }
            answer.add(new RiskMapView.AreaRisk(area.id(), area.name(), area.kind(), highest,
                    highest == null ? null : highest.colour(), units.getOrDefault(area.id(), 0),
                    events.getOrDefault(area.id(), 0), counts.getOrDefault(RiskLevel.MAJOR, 0),
                    counts.getOrDefault(RiskLevel.HIGH, 0), counts.getOrDefault(RiskLevel.MEDIUM, 0),
                    counts.getOrDefault(RiskLevel.LOW, 0)));
        }
        return new RiskMapView(siteId, answer);
    }
}
