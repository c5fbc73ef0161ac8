package org.chemsafe.dualprevention.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.dualprevention.RiskBand;
import org.chemsafe.dualprevention.RiskBands;
import org.chemsafe.dualprevention.RiskCalculator;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The level bands each enterprise grades its risks by (风险判定准则): its own for a method once it sets them, the
 * platform's documented defaults otherwise. Bands that would leave a score without exactly one level (not one band per
 * level, bounds not falling, a bound on the least severe band) are refused naming {@code bands}.
 */
@Service
@Transactional
public class RiskBandSettings {

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final RiskCalculator calculator;
    private final FieldRejections rejections;
    private final JsonMapper json;
    private final Clock clock;

    RiskBandSettings(JdbcClient jdbc, ScopedJdbc scoped, RiskCalculator calculator, FieldRejections rejections,
            JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.calculator = calculator;
        this.rejections = rejections;
        this.json = json;
        this.clock = clock;
    }

    /** The bands the enterprise grades the method by. */
    @Transactional(readOnly = true)
    public RiskBands of(UUID enterpriseId, RiskMethod method) {
        return stored(enterpriseId, method).map(RiskBands::new).orElseGet(() -> calculator.defaultBands(method));
    }

    @Transactional(readOnly = true)
    RiskBandSetting setting(UUID enterpriseId, RiskMethod method) {
        Optional<List<RiskBand>> own = stored(enterpriseId, method);
        return new RiskBandSetting(enterpriseId, method, own.orElseGet(() -> calculator.defaultBands(method).bands()),
                own.isPresent());
    }

    RiskBandSetting set(Actor actor, UUID enterpriseId, RiskMethod method, List<RiskBand> bands) {
        AuditTarget.concerns(enterpriseId);
        try {
            new RiskBands(bands);
        } catch (IllegalArgumentException unusable) {
            throw rejections.invalid(List.of(rejections.problem("bands", "dualprevention.bands.invalid")));
        }
        jdbc.sql("""
                insert into risk_band_setting (enterprise_id, method, bands, updated_at, updated_by)
                values (:enterpriseId, :method, cast(:bands as jsonb), :at, :by)
                on conflict (enterprise_id, method) do update set bands = excluded.bands,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("enterpriseId", enterpriseId).param("method", method.name())
                .param("bands", json.writeValueAsString(bands)).param("at", Timestamp.from(clock.instant()))
                .param("by", actor.id()).update();
        return setting(enterpriseId, method);
    }

    RiskBandSetting reset(UUID enterpriseId, RiskMethod method) {
        AuditTarget.concerns(enterpriseId);
        jdbc.sql("delete from risk_band_setting where enterprise_id = :enterpriseId and method = :method")
                .param("enterpriseId", enterpriseId).param("method", method.name()).update();
        return setting(enterpriseId, method);
    }

    private Optional<List<RiskBand>> stored(UUID enterpriseId, RiskMethod method) {
        return scoped.sql(DataScope.enterprise(enterpriseId), """
                select s.bands::text from risk_band_setting s
                where @scope(s.enterprise_id) and s.enterprise_id = :enterpriseId and s.method = :method""")
                .param("enterpriseId", enterpriseId).param("method", method.name()).query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<List<RiskBand>>() {
                }));
    }
}
