package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unit assessments (history) and the exposed people recorded per unit. Reads go through the given scope (the
 * assessor, working for the system, passes the platform scope).
 */
@Repository
class AssessmentRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final JsonMapper json;

    AssessmentRepository(JdbcClient jdbc, ScopedJdbc scoped, JsonMapper json) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.json = json;
    }

    /** What one assessment found; the result is the engine's whole answer, null when it could not run. */
    record NewAssessment(UUID unitId, UUID enterpriseId, AssessmentTrigger trigger, @Nullable Integer exposedPeople,
            boolean complete, List<String> problems, @Nullable BigDecimal sumRatio, boolean majorHazard,
            @Nullable BigDecimal r, @Nullable Integer level, @Nullable JsonNode result) {
    }

    long insert(NewAssessment assessment) {
        return jdbc.sql("""
                insert into unit_assessment (unit_id, enterprise_id, trigger, exposed_people, complete, problems,
                    sum_ratio, major_hazard, r, level, result)
                values (:unitId, :enterpriseId, :trigger, :people, :complete, cast(:problems as jsonb), :sumRatio,
                    :majorHazard, :r, :level, cast(:result as jsonb))
                returning id""")
                .param("unitId", assessment.unitId()).param("enterpriseId", assessment.enterpriseId())
                .param("trigger", assessment.trigger().name()).param("people", assessment.exposedPeople())
                .param("complete", assessment.complete())
                .param("problems", json.writeValueAsString(assessment.problems()))
                .param("sumRatio", assessment.sumRatio()).param("majorHazard", assessment.majorHazard())
                .param("r", assessment.r()).param("level", assessment.level())
                .param("result", assessment.result() == null ? null : json.writeValueAsString(assessment.result()))
                .query(Long.class).single();
    }

    Optional<UnitAssessmentView> latest(DataScope scope, UUID unitId) {
        return scoped.sql(scope, """
                select * from unit_assessment where @scope(enterprise_id) and unit_id = :id
                order by assessed_at desc, id desc limit 1""")
                .param("id", unitId).query(this::view).optional();
    }

    Optional<UnitAssessmentView> find(DataScope scope, long id) {
        return scoped.sql(scope, "select * from unit_assessment where @scope(enterprise_id) and id = :id")
                .param("id", id).query(this::view).optional();
    }

    List<HistoryEntry> history(DataScope scope, UUID unitId) {
        return scoped.sql(scope, """
                select * from unit_assessment where @scope(enterprise_id) and unit_id = :id
                order by assessed_at desc, id desc limit 200""")
                .param("id", unitId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getTimestamp("assessed_at").toInstant(),
                        AssessmentTrigger.valueOf(rs.getString("trigger")), integer(rs, "exposed_people"),
                        rs.getBoolean("complete"), rs.getBigDecimal("sum_ratio"), rs.getBoolean("major_hazard"),
                        rs.getBigDecimal("r"), integer(rs, "level")))
                .list();
    }

    Optional<Integer> exposure(DataScope scope, UUID unitId) {
        return scoped.sql(scope, "select exposed_people from unit_exposure where @scope(enterprise_id) and unit_id = :id")
                .param("id", unitId).query(Integer.class).optional();
    }

    /** Forgets the exposed people of a removed unit (what the foreign key's cascade did before issue 6). */
    void forgetExposure(UUID unitId) {
        jdbc.sql("delete from unit_exposure where unit_id = :id").param("id", unitId).update();
    }

    void recordExposure(UUID unitId, UUID enterpriseId, int people, String by) {
        jdbc.sql("""
                insert into unit_exposure (unit_id, enterprise_id, exposed_people, updated_by)
                values (:unitId, :enterpriseId, :people, :by)
                on conflict (unit_id) do update set exposed_people = excluded.exposed_people,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .param("unitId", unitId).param("enterpriseId", enterpriseId).param("people", people)
                .param("by", by).update();
    }

    private UnitAssessmentView view(ResultSet rs, int rowNum) throws SQLException {
        String result = rs.getString("result");
        return new UnitAssessmentView(rs.getLong("id"), rs.getObject("unit_id", UUID.class),
                rs.getTimestamp("assessed_at").toInstant(), AssessmentTrigger.valueOf(rs.getString("trigger")),
                integer(rs, "exposed_people"), rs.getBoolean("complete"),
                json.readValue(rs.getString("problems"), STRINGS), result == null ? null : json.readTree(result));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
