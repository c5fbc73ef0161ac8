package org.chemsafe.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The online rate (在线率) of each enterprise per day: {@link #check()} adds, for every enterprise with enabled points,
 * the share of them online now ({@link DataQuality}) to the day's row, one upsert per enterprise; the day's rate is
 * the mean of its checks. Read ranked, highest first, within the caller's scope.
 */
@Component
class OnlineRates {

    private record Tally(AtomicInteger points, AtomicInteger online) {
    }

    private final ScopedJdbc scoped;
    private final JdbcClient jdbc;
    private final DataQuality quality;
    private final DataQualitySettings settings;
    private final EnterpriseDirectory directory;
    private final Clock clock;

    OnlineRates(ScopedJdbc scoped, JdbcClient jdbc, DataQuality quality, DataQualitySettings settings,
            EnterpriseDirectory directory, Clock clock) {
        this.scoped = scoped;
        this.directory = directory;
        this.jdbc = jdbc;
        this.quality = quality;
        this.settings = settings;
        this.clock = clock;
    }

    /** One check of every enterprise's points, added to today's rows. */
    void check() {
        Map<UUID, Tally> tallies = new HashMap<>();
        scoped.sql(DataScope.platform(), """
                select id, enterprise_id, expected_period_seconds from monitoring_point
                where @scope(enterprise_id) and enabled""").query((rs, n) -> {
                    Tally tally = tallies.computeIfAbsent(rs.getObject("enterprise_id", UUID.class),
                            id -> new Tally(new AtomicInteger(), new AtomicInteger()));
                    tally.points().incrementAndGet();
                    if (quality.online(rs.getObject("id", UUID.class),
                            rs.getObject("expected_period_seconds", Integer.class))) {
                        tally.online().incrementAndGet();
                    }
                    return n;
                }).list();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        tallies.forEach((enterpriseId, tally) -> jdbc.sql("""
                insert into monitoring_online_rate (enterprise_id, day, checks, online_sum, points)
                values (:enterprise, :day, 1, :share, :points)
                on conflict (enterprise_id, day) do update set checks = monitoring_online_rate.checks + 1,
                    online_sum = monitoring_online_rate.online_sum + excluded.online_sum, points = excluded.points""")
                .param("enterprise", enterpriseId).param("day", today)
                .param("share", (double) tally.online().get() / tally.points().get())
                .param("points", tally.points().get()).update());
    }

    /** The day's rates (today by default) of the enterprises in scope, or of the one named, highest first. */
    List<OnlineRateView> ranking(DataScope scope, @Nullable UUID enterpriseId, @Nullable LocalDate day) {
        LocalDate date = day == null ? LocalDate.now(clock.withZone(settings.zone())) : day;
        AtomicInteger rank = new AtomicInteger();
        Map<UUID, EnterpriseSummary> enterprises = new HashMap<>();
        directory.enterprisesWithin(scope).forEach(enterprise -> enterprises.put(enterprise.id(), enterprise));
        return scoped.sql(scope, """
                select enterprise_id, day, online_sum / checks as rate, checks, points from monitoring_online_rate
                where @scope(enterprise_id) and day = :day
                  and (cast(:enterprise as uuid) is null or enterprise_id = :enterprise)
                order by rate desc, enterprise_id""")
                .param("day", date).param("enterprise", enterpriseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("enterprise_id", UUID.class);
                    EnterpriseSummary enterprise = enterprises.get(id);
                    return new OnlineRateView(rank.incrementAndGet(), id, enterprise == null ? "" : enterprise.name(),
                            enterprise == null ? "" : enterprise.regionName(), rs.getObject("day", LocalDate.class),
                            rs.getDouble("rate"), rs.getInt("checks"), rs.getInt("points"));
                })
                .list();
    }

    /** The enterprise's rate of each day from–to (both included) that has checks, oldest first. */
    List<OnlineRateDay> history(DataScope scope, UUID enterpriseId, LocalDate from, LocalDate to) {
        return scoped.sql(scope, """
                select day, online_sum / checks as rate, checks, points from monitoring_online_rate
                where @scope(enterprise_id) and enterprise_id = :enterprise and day between :from and :to
                order by day""")
                .param("enterprise", enterpriseId).param("from", from).param("to", to)
                .query((rs, n) -> new OnlineRateDay(rs.getObject("day", LocalDate.class), rs.getDouble("rate"),
                        rs.getInt("checks"), rs.getInt("points")))
                .list();
    }

    /** Today in the zone the days are counted in. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
