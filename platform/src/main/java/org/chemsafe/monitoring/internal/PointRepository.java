package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The points (位号) table. Reads name the caller's scope; writes follow the service's owner check. */
@Repository
class PointRepository {

    private static final String SELECT = "select * from monitoring_point p";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    PointRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** The point if the scope may see it; empty (so 404) otherwise. */
    Optional<PointView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(p.enterprise_id) and p.id = :id").param("id", id)
                .query(PointRepository::view).optional();
    }

    /** One page of the scope's points: the text matches tag or name; type and linked object filter exactly. */
    PageResult<PointView> search(DataScope scope, PointSearch search, PageQuery page) {
        String pattern = SqlText.containsPattern(search.q());
        Map<String, Object> params = new HashMap<>();
        params.put("enterpriseId", search.enterpriseId());
        params.put("type", search.indicatorType() == null ? null : search.indicatorType().name());
        params.put("objectKind", search.objectKind() == null ? null : search.objectKind().name());
        params.put("objectId", search.objectId());
        String where = """
                @scope(p.enterprise_id)
                 and (cast(:enterpriseId as uuid) is null or p.enterprise_id = :enterpriseId)
                 and (cast(:type as varchar) is null or p.indicator_type = :type)
                 and (cast(:objectKind as varchar) is null or p.object_kind = :objectKind)
                 and (cast(:objectId as uuid) is null or p.object_id = :objectId)""" + (pattern == null ? "" : """
                 and (p.tag like :pattern or p.name like :pattern)""");
        if (pattern != null) {
            params.put("pattern", pattern);
        }
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "monitoring_point p", where, "p.tag, p.id"), params,
                PointRepository::view, page);
    }

    /** Whether another point of the enterprise has the tag. */
    boolean tagTaken(UUID enterpriseId, String tag, @Nullable UUID except) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select exists (select 1 from monitoring_point where @scope(enterprise_id) and tag = :tag
                    and (cast(:except as uuid) is null or id <> :except))""")
                .param("tag", tag).param("except", except).query(Boolean.class).single();
    }

    void insert(UUID id, UUID enterpriseId, StoredPoint point, Instant now) {
        jdbc.sql("""
                insert into monitoring_point (id, enterprise_id, tag, name, indicator_type, unit, range_low, range_high,
                    limit_low_low, limit_low, limit_high, limit_high_high, deadband, expected_period_seconds,
                    on_delay_seconds, off_delay_seconds, object_kind, object_id, chemical_id, gateway_code, plan_x, plan_y, national_indicator_code,
                    enabled, updated_at)
                values (:id, :enterpriseId, :tag, :name, :type, :unit, :rangeLow, :rangeHigh, :lowLow, :low, :high,
                    :highHigh, :deadband, :period, :onDelay, :offDelay, :objectKind, :objectId, :chemicalId, :gateway, :planX, :planY,
                    :national, :enabled, :now)""")
                .params(params(point, now)).param("id", id).param("enterpriseId", enterpriseId).update();
    }

    void update(UUID id, StoredPoint point, Instant now) {
        jdbc.sql("""
                update monitoring_point set tag = :tag, name = :name, indicator_type = :type, unit = :unit,
                    range_low = :rangeLow, range_high = :rangeHigh, limit_low_low = :lowLow, limit_low = :low,
                    limit_high = :high, limit_high_high = :highHigh, deadband = :deadband,
                    expected_period_seconds = :period, on_delay_seconds = :onDelay, off_delay_seconds = :offDelay,
                    object_kind = :objectKind, object_id = :objectId,
                    chemical_id = :chemicalId, gateway_code = :gateway, plan_x = :planX, plan_y = :planY,
                    national_indicator_code = :national, enabled = :enabled, updated_at = :now
                where id = :id""")
                .params(params(point, now)).param("id", id).update();
    }

    /** Every point of the enterprise, by tag (an export, an import's comparison). */
    List<PointView> allOf(UUID enterpriseId, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(p.enterprise_id) and p.enterprise_id = :id order by p.tag")
                .param("id", enterpriseId).query(PointRepository::view).list();
    }

    /** Whether the two would store the same values. */
    static boolean sameValues(StoredPoint one, StoredPoint other) {
        Instant now = Instant.EPOCH;
        Map<String, Object> these = params(one, now);
        Map<String, Object> those = params(other, now);
        return these.keySet().stream().allMatch(key -> same(these.get(key), those.get(key)));
    }

    private static boolean same(@Nullable Object one, @Nullable Object other) {
        if (one instanceof BigDecimal a && other instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(one, other);
    }

    void delete(UUID id) {
        jdbc.sql("delete from monitoring_point where id = :id").param("id", id).update();
    }

    private static Map<String, Object> params(StoredPoint point, Instant now) {
        PointRequest request = point.request();
        Map<String, Object> params = new HashMap<>();
        params.put("tag", request.tag().strip());
        params.put("name", request.name().strip());
        params.put("type", request.indicatorType().name());
        params.put("unit", blankToNull(request.unit()));
        params.put("rangeLow", request.rangeLow());
        params.put("rangeHigh", request.rangeHigh());
        params.put("lowLow", point.limits().lowLow());
        params.put("low", point.limits().low());
        params.put("high", point.limits().high());
        params.put("highHigh", point.limits().highHigh());
        params.put("deadband", request.deadband());
        params.put("period", request.expectedPeriodSeconds());
        params.put("onDelay", request.onDelaySeconds());
        params.put("offDelay", request.offDelaySeconds());
        LinkedObject object = request.linkedObject();
        params.put("objectKind", object == null ? null : object.kind().name());
        params.put("objectId", object == null ? null : object.id());
        params.put("chemicalId", request.chemicalId());
        params.put("gateway", blankToNull(request.gatewayCode()));
        params.put("planX", request.position() == null ? null : request.position().x());
        params.put("planY", request.position() == null ? null : request.position().y());
        params.put("national", blankToNull(request.nationalIndicatorCode()));
        params.put("enabled", request.enabled() == null || request.enabled());
        params.put("now", Timestamp.from(now));
        return params;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static PointView view(ResultSet rs, int rowNum) throws SQLException {
        String objectKind = rs.getString("object_kind");
        LinkedObject object = objectKind == null ? null
                : new LinkedObject(LinkedObjectKind.valueOf(objectKind), rs.getObject("object_id", UUID.class));
        PlanPosition position = rs.getBigDecimal("plan_x") == null ? null
                : new PlanPosition(rs.getBigDecimal("plan_x"), rs.getBigDecimal("plan_y"));
        return new PointView(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("tag"), rs.getString("name"), IndicatorType.valueOf(rs.getString("indicator_type")),
                rs.getString("unit"), rs.getBigDecimal("range_low"), rs.getBigDecimal("range_high"),
                new Limits(rs.getBigDecimal("limit_low_low"), rs.getBigDecimal("limit_low"),
                        rs.getBigDecimal("limit_high"), rs.getBigDecimal("limit_high_high")),
                rs.getBigDecimal("deadband"), (Integer) rs.getObject("expected_period_seconds"),
                (Integer) rs.getObject("on_delay_seconds"), (Integer) rs.getObject("off_delay_seconds"), object,
                rs.getObject("chemical_id", UUID.class), rs.getString("gateway_code"), position,
                rs.getString("national_indicator_code"), rs.getBoolean("enabled"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
