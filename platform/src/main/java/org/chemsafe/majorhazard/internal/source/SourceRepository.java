package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of major hazard sources and their accountable people. Every read goes through the given scope (the
 * assessor, working for the system, passes the platform scope). A source row carries its current figures, so lists
 * read neither the assessment history nor another module's tables; unit code, name and kind come from this
 * module's view of the units, and enterprise names are added by the caller from the enterprise module's API.
 */
@Repository
class SourceRepository {

    private static final String FROM = "major_hazard_source s join major_hazard_unit u on u.unit_id = s.unit_id";
    private static final String SELECT = """
            select s.id, s.enterprise_id, s.unit_id, u.code as unit_code, u.name as unit_name, u.kind as unit_kind,
                s.level, s.r, s.sum_ratio, s.identified_at, s.assessed_at, s.status, s.assessment_complete,
                (select coalesce(array_agg(p.role), cast('{}' as varchar[])) from accountable_person p
                    where p.source_id = s.id) as roles
            from\s""" + FROM;
    /** Most severe first: active before retired, unleveled (to be completed) first, then by level and R. */
    private static final String ORDER = "s.status, s.level nulls first, s.r desc nulls last, s.id";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    SourceRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** A source's identity: which unit, whether active, and its current level. */
    record Registration(UUID id, UUID enterpriseId, UUID unitId, @Nullable Integer level, boolean active) {
    }

    Optional<Registration> byUnit(DataScope scope, UUID unitId) {
        return scoped.sql(scope, """
                select id, enterprise_id, unit_id, level, status from major_hazard_source
                where @scope(enterprise_id) and unit_id = :id""")
                .param("id", unitId)
                .query((rs, n) -> new Registration(rs.getObject("id", UUID.class),
                        rs.getObject("enterprise_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        (Integer) rs.getObject("level"), "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }

    /** Registers the unit as a major hazard source, or brings its registration up to date (re-activating it). */
    UUID register(UUID unitId, UUID enterpriseId, UnitAssessmentView assessment, BigDecimal sumRatio,
            @Nullable BigDecimal r, @Nullable Integer level) {
        return jdbc.sql("""
                insert into major_hazard_source (id, enterprise_id, unit_id, level, r, sum_ratio, assessment_id,
                    assessed_at, assessment_complete)
                values (:id, :enterpriseId, :unitId, :level, :r, :sumRatio, :assessmentId, :assessedAt, :complete)
                on conflict (unit_id) do update set level = excluded.level, r = excluded.r,
                    sum_ratio = excluded.sum_ratio, assessment_id = excluded.assessment_id,
                    assessed_at = excluded.assessed_at, assessment_complete = excluded.assessment_complete,
                    identified_at = case when major_hazard_source.status = 'RETIRED' then now()
                        else major_hazard_source.identified_at end,
                    status = 'ACTIVE', retired_at = null
                returning id""")
                .param("id", UUID.randomUUID()).param("enterpriseId", enterpriseId).param("unitId", unitId)
                .param("level", level).param("r", r).param("sumRatio", sumRatio)
                .param("assessmentId", assessment.id()).param("assessedAt", Timestamp.from(assessment.assessedAt()))
                .param("complete", assessment.complete()).query(UUID.class).single();
    }

    /** Retires a source, on the assessment that found it below the threshold (none when its unit was removed). */
    void retire(UUID sourceId, @Nullable UnitAssessmentView assessment) {
        jdbc.sql("""
                update major_hazard_source set status = 'RETIRED', retired_at = now(),
                    assessment_id = coalesce(:assessmentId, assessment_id),
                    assessed_at = coalesce(:assessedAt, assessed_at),
                    assessment_complete = coalesce(:complete, assessment_complete)
                where id = :id and status = 'ACTIVE'""")
                .param("id", sourceId).param("assessmentId", assessment == null ? null : assessment.id())
                .param("assessedAt", assessment == null ? null : Timestamp.from(assessment.assessedAt()))
                .param("complete", assessment == null ? null : assessment.complete()).update();
    }

    /** The source if the scope may see it; empty (so 404) otherwise. */
    Optional<SourceSummary> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(s.enterprise_id) and s.id = :id").param("id", id)
                .query(SourceRepository::summary).optional();
    }

    /**
     * One page of the scope's sources. The text matches the unit's code or name, or names one of the given
     * enterprises (those of the scope whose name contains it).
     */
    PageResult<SourceSummary> search(DataScope scope, @Nullable UUID enterpriseId, @Nullable Integer level,
            @Nullable String text, Set<UUID> enterprisesNamed, boolean includeRetired, PageQuery page) {
        String pattern = SqlText.containsPattern(text);
        String where = """
                @scope(s.enterprise_id)
                 and (cast(:enterpriseId as uuid) is null or s.enterprise_id = :enterpriseId)
                 and (cast(:level as int) is null or s.level = :level)
                 and (:includeRetired or s.status = 'ACTIVE')""" + (pattern == null ? "" : """
                 and (u.code like :pattern or u.name like :pattern or s.enterprise_id = any(:enterprisesNamed))""");
        Map<String, Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        params.put("level", level);
        params.put("includeRetired", includeRetired);
        if (pattern != null) {
            params.put("pattern", pattern);
            params.put("enterprisesNamed", enterprisesNamed.toArray(UUID[]::new));
        }
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, pattern == null ? "major_hazard_source s" : FROM,
                where, ORDER), params, SourceRepository::summary, page);
    }

    /** Every active source of the scope (the ledger sorts them by enterprise name). */
    List<SourceSummary> active(DataScope scope) {
        return scoped.sql(scope, SELECT + " where s.status = 'ACTIVE' and @scope(s.enterprise_id)")
                .query(SourceRepository::summary).list();
    }

    /** Active sources per enterprise and level, and those without all three accountable people. */
    Map<UUID, int[]> countsByEnterprise(DataScope scope) {
        Map<UUID, int[]> counts = new HashMap<>();
        scoped.sql(scope, """
                select s.enterprise_id, s.level,
                    (select count(*) from accountable_person p where p.source_id = s.id) as people
                from major_hazard_source s where s.status = 'ACTIVE' and @scope(s.enterprise_id)""")
                .query((rs, n) -> {
                    int[] row = counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new int[6]);
                    Integer level = (Integer) rs.getObject(2);
                    row[level == null ? 0 : level]++;
                    if (rs.getInt(3) < AccountableRole.values().length) {
                        row[5]++;
                    }
                    return null;
                }).list();
        return counts;
    }

    /** Accountable people per source of the scope. */
    Map<UUID, List<AccountablePersonRow>> accountable(DataScope scope, Set<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<AccountablePersonRow>> bySource = new HashMap<>();
        scoped.sql(scope, "select * from accountable_person where @scope(enterprise_id) and source_id = any(:ids)")
                .param("ids", sourceIds.toArray(UUID[]::new))
                .query((rs, n) -> bySource.computeIfAbsent(rs.getObject("source_id", UUID.class), id -> new ArrayList<>())
                        .add(new AccountablePersonRow(AccountableRole.valueOf(rs.getString("role")),
                                rs.getObject("user_id", UUID.class), rs.getString("post"), rs.getString("phone"))))
                .list();
        return bySource;
    }

    void replaceAccountable(UUID sourceId, UUID enterpriseId, List<AccountablePersonRow> people) {
        jdbc.sql("delete from accountable_person where source_id = :id").param("id", sourceId).update();
        for (AccountablePersonRow person : people) {
            jdbc.sql("""
                    insert into accountable_person (source_id, enterprise_id, role, user_id, post, phone)
                    values (:id, :enterpriseId, :role, :userId, :post, :phone)""")
                    .param("id", sourceId).param("enterpriseId", enterpriseId).param("role", person.role().name())
                    .param("userId", person.userId()).param("post", person.post()).param("phone", person.phone())
                    .update();
        }
    }

    /** A stored accountable person (the name comes from the user). */
    record AccountablePersonRow(AccountableRole role, UUID userId, String post, String phone) {
    }

    private static SourceSummary summary(ResultSet rs, int rowNum) throws SQLException {
        EnumSet<AccountableRole> missing = EnumSet.allOf(AccountableRole.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            missing.remove(AccountableRole.valueOf(role));
        }
        return new SourceSummary(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class), "",
                rs.getObject("unit_id", UUID.class), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getString("unit_kind"), (Integer) rs.getObject("level"), rs.getBigDecimal("r"),
                rs.getBigDecimal("sum_ratio"), rs.getTimestamp("identified_at").toInstant(),
                rs.getTimestamp("assessed_at").toInstant(), rs.getString("status"),
                rs.getBoolean("assessment_complete"), missing.isEmpty(), List.copyOf(missing));
    }
}
