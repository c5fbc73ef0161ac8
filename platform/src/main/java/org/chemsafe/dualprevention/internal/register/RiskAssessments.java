package org.chemsafe.dualprevention.internal.register;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.dualprevention.RiskCalculationResult;
import org.chemsafe.dualprevention.RiskCalculator;
import org.chemsafe.dualprevention.RiskFactor;
import org.chemsafe.dualprevention.RiskFactorsRejected;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.dualprevention.internal.FieldRejections;
import org.chemsafe.dualprevention.internal.RiskBandSettings;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessments of a risk event, kept as its history (重新评估 adds a row, nothing is overwritten): each graded by
 * the calculator with the method's default bands, the newest one giving the event its level.
 */
@Service
@Transactional
class RiskAssessments {

    private static final String SELECT = """
            select t.id, t.enterprise_id, t.risk_event_id, t.method, t.factors::text as factors, t.score,
                t.risk_level, t.assessed_at, t.assessed_by
            from risk_assessment t""";

    private final RiskRegister register;
    private final RiskCalculator calculator;
    private final FieldRejections rejections;
    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final JsonMapper json;
    private final Clock clock;
    private final RiskBandSettings bands;

    RiskAssessments(RiskRegister register, RiskCalculator calculator, FieldRejections rejections, JdbcClient jdbc,
            ScopedJdbc scoped, JsonMapper json, Clock clock, RiskBandSettings bands) {
        this.bands = bands;
        this.register = register;
        this.calculator = calculator;
        this.rejections = rejections;
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<RiskAssessmentView> history(Actor actor, UUID eventId) {
        register.get(actor, RegisterTables.EVENTS, eventId);
        return scoped.sql(actor.scope(), SELECT + """
                 where @scope(t.enterprise_id) and t.risk_event_id = :eventId
                order by t.assessed_at desc, t.id desc""").param("eventId", eventId).query(this::map).list();
    }

    RiskAssessmentView assess(Actor actor, UUID eventId, RiskCalculationRequest request) {
        RiskEventView event = register.get(actor, RegisterTables.EVENTS, eventId);
        RiskCalculationResult result;
        try {
            result = calculator.calculate(request, bands.of(event.enterpriseId(), request.method()));
        } catch (RiskFactorsRejected ex) {
            throw rejections.invalid(ex);
        }
        UUID id = UUID.randomUUID();
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        result.factors().forEach((factor, value) -> factors.put(factor.field(), value));
        jdbc.sql("""
                insert into risk_assessment (id, enterprise_id, risk_event_id, method, factors, score, risk_level,
                    assessed_at, assessed_by)
                values (:id, :enterpriseId, :eventId, :method, cast(:factors as jsonb), :score, :level, :at, :by)""")
                .param("id", id).param("enterpriseId", event.enterpriseId()).param("eventId", eventId)
                .param("method", result.method().name()).param("factors", json.writeValueAsString(factors))
                .param("score", result.score()).param("level", result.level().name())
                .param("at", Timestamp.from(clock.instant())).param("by", actor.id()).update();
        return scoped.sql(DataScope.enterprise(event.enterpriseId()), SELECT
                + " where @scope(t.enterprise_id) and t.id = :id").param("id", id).query(this::map).single();
    }

    private RiskAssessmentView map(ResultSet rs, int row) throws SQLException {
        Map<RiskFactor, BigDecimal> factors = new EnumMap<>(RiskFactor.class);
        json.readValue(rs.getString("factors"), new TypeReference<Map<String, BigDecimal>>() {
        }).forEach((field, value) -> factors.put(RiskFactor.valueOf(field.toUpperCase(Locale.ROOT)), value));
        RiskLevel level = RiskLevel.valueOf(rs.getString("risk_level"));
        Instant assessedAt = rs.getTimestamp("assessed_at").toInstant();
        return new RiskAssessmentView(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("risk_event_id", UUID.class), RiskMethod.valueOf(rs.getString("method")), factors,
                rs.getBigDecimal("score"), level, level.colour(), level.controlLevels(), assessedAt,
                rs.getObject("assessed_by", UUID.class));
    }
}
