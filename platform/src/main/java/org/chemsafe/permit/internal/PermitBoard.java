package org.chemsafe.permit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.SiteAreas;
import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a site's live board: the permits of the day (the work calendar's zone) or still live, of the enterprise the
 * site belongs to, read in the caller's scope; another enterprise's site is not found.
 */
@Service
class PermitBoard {

    private final SiteAreas sites;
    private final EnterpriseAccess access;
    private final ScopedJdbc scoped;
    private final WorkCalendar calendar;
    private final Clock clock;

    PermitBoard(SiteAreas sites, EnterpriseAccess access, ScopedJdbc scoped, WorkCalendar calendar, Clock clock) {
        this.sites = sites;
        this.access = access;
        this.scoped = scoped;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PermitBoardView of(Actor actor, UUID siteId, @Nullable LocalDate requestedDay) {
        UUID enterpriseId = sites.enterpriseOfSite(siteId).orElseThrow(() -> ProblemException.notFound("site", siteId));
        access.readableFor(actor, enterpriseId);
        ZoneId zone = calendar.zone();
        LocalDate day = requestedDay == null ? LocalDate.now(clock.withZone(zone)) : requestedDay;
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<PermitBoardView.Entry> placed = new ArrayList<>();
        List<PermitBoardView.Entry> unplaced = new ArrayList<>();
        scoped.sql(actor.scope(), """
                select id, number, type, grade, status, location, guardian, planned_start, planned_end, site_id, x, y
                from work_permit
                where @scope(enterprise_id) and enterprise_id = :enterprise
                  and (site_id = :site or site_id is null)
                  and ((planned_start < :to and planned_end > :from)
                       or (status in ('APPLIED', 'APPROVED', 'IN_PROGRESS', 'SUSPENDED') and planned_start < :to))
                order by planned_start, number""")
                .param("enterprise", enterpriseId).param("site", siteId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    boolean onPlan = rs.getObject("site_id") != null && rs.getObject("x") != null;
                    String grade = rs.getString("grade");
                    PermitBoardView.Entry entry = new PermitBoardView.Entry(rs.getObject("id", UUID.class),
                            rs.getString("number"), WorkType.valueOf(rs.getString("type")),
                            grade == null ? null : WorkGrade.valueOf(grade),
                            PermitStatus.valueOf(rs.getString("status")),
                            rs.getString("location"), rs.getString("guardian"),
                            rs.getTimestamp("planned_start").toInstant(), rs.getTimestamp("planned_end").toInstant(),
                            onPlan ? rs.getDouble("x") : null, onPlan ? rs.getDouble("y") : null);
                    (onPlan ? placed : unplaced).add(entry);
                    return n;
                }).list();
        return new PermitBoardView(siteId, day, placed, unplaced);
    }
}
