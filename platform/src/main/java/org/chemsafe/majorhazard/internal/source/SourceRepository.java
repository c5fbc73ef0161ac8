package org.chemsafe.majorhazard.internal.source;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of major hazard sources and their accountable people. */
@Repository
class SourceRepository {

    private static final String SELECT = """
            select s.*, e.name as enterprise_name, a.assessed_at, a.complete,
                (select coalesce(array_agg(p.role), cast('{}' as varchar[])) from accountable_person p where p.source_id = s.id) as roles
            from major_hazard_source s
            join enterprise e on e.id = s.enterprise_id
            join unit_assessment a on a.id = s.assessment_id""";

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A source's identity: which unit, whether active, and its current level. */
    record Registration(UUID id, UUID enterpriseId, UUID unitId, @Nullable Integer level, boolean active) {
    }

    Optional<Registration> byUnit(UUID unitId) {
        return jdbc.sql("select id, enterprise_id, unit_id, level, status from major_hazard_source where unit_id = :id")
                .param("id", unitId)
                .query((rs, n) -> new Registration(rs.getObject("id", UUID.class),
                        rs.getObject("enterprise_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        (Integer) rs.getObject("level"), "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }

    /** Registers the unit as a major hazard source, or brings its registration up to date (re-activating it). */
    UUID register(UnitInventory unit, long assessmentId, BigDecimal sumRatio, @Nullable BigDecimal r,
            @Nullable Integer level) {
        return jdbc.sql("""
                insert into major_hazard_source (id, enterprise_id, unit_id, unit_code, unit_name, unit_kind, level, r,
                    sum_ratio, assessment_id)
                values (:id, :enterpriseId, :unitId, :code, :name, :kind, :level, :r, :sumRatio, :assessmentId)
                on conflict (unit_id) do update set unit_code = excluded.unit_code, unit_name = excluded.unit_name,
                    level = excluded.level, r = excluded.r, sum_ratio = excluded.sum_ratio,
                    assessment_id = excluded.assessment_id,
                    identified_at = case when major_hazard_source.status = 'RETIRED' then now()
                        else major_hazard_source.identified_at end,
                    status = 'ACTIVE', retired_at = null
                returning id""")
                .param("id", UUID.randomUUID()).param("enterpriseId", unit.enterpriseId())
                .param("unitId", unit.unitId()).param("code", unit.code()).param("name", unit.name())
                .param("kind", unit.kind().name()).param("level", level).param("r", r).param("sumRatio", sumRatio)
                .param("assessmentId", assessmentId).query(UUID.class).single();
    }

    void retire(UUID sourceId, @Nullable Long assessmentId) {
        jdbc.sql("""
                update major_hazard_source set status = 'RETIRED', retired_at = now(),
                    assessment_id = coalesce(:assessmentId, assessment_id)
                where id = :id and status = 'ACTIVE'""")
                .param("id", sourceId).param("assessmentId", assessmentId).update();
    }

    Optional<SourceSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SourceRepository::summary).optional();
    }

    PageResult<SourceSummary> search(EnterpriseFilter filter, @Nullable UUID enterpriseId, @Nullable Integer level,
            @Nullable String text, boolean includeRetired, PageQuery page) {
        String where = " where " + filter.sql("s.enterprise_id") + " " + """
                 and (cast(:enterpriseId as uuid) is null or s.enterprise_id = :enterpriseId)
                 and (cast(:level as int) is null or s.level = :level)
                 and (:includeRetired or s.status = 'ACTIVE')
                 and (cast(:pattern as text) is null or s.unit_code like :pattern or s.unit_name like :pattern
                      or e.name like :pattern)""";
        Map<String, Object> params = new HashMap<>();
        params.put(EnterpriseFilter.PARAMETER, filter.ids());
        params.put("enterpriseId", enterpriseId);
        params.put("level", level);
        params.put("includeRetired", includeRetired);
        params.put("pattern", SqlText.containsPattern(text));
        long total = jdbc.sql("select count(*) from major_hazard_source s join enterprise e on e.id = s.enterprise_id"
                + where).params(params).query(Long.class).single();
        List<SourceSummary> content = jdbc.sql(SELECT + where
                + " order by s.status, s.level nulls first, s.r desc nulls last, e.name, s.unit_code"
                + " limit :limit offset :offset")
                .params(params).param("limit", page.pageSize()).param("offset", page.offset())
                .query(SourceRepository::summary).list();
        return PageResult.of(content, page, total);
    }

    /** Every active source the filter permits, in ledger order, one at a time. */
    void forEachActive(EnterpriseFilter filter, Consumer<SourceSummary> consumer) {
        jdbc.sql(SELECT + " where s.status = 'ACTIVE' and " + filter.sql("s.enterprise_id")
                + " order by e.name, s.level nulls first, s.unit_code")
                .param(EnterpriseFilter.PARAMETER, filter.ids()).query(SourceRepository::summary).stream()
                .forEach(consumer);
    }

    /** Active sources per enterprise and level, and those without all three accountable people. */
    Map<UUID, int[]> countsByEnterprise(EnterpriseFilter filter) {
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select s.enterprise_id, s.level,
                    (select count(*) from accountable_person p where p.source_id = s.id) as people
                from major_hazard_source s where s.status = 'ACTIVE'""" + " and " + filter.sql("s.enterprise_id"))
                .param(EnterpriseFilter.PARAMETER, filter.ids())
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

    List<AccountablePersonRow> accountable(UUID sourceId) {
        return jdbc.sql("select * from accountable_person where source_id = :id").param("id", sourceId)
                .query((rs, n) -> new AccountablePersonRow(AccountableRole.valueOf(rs.getString("role")),
                        rs.getObject("user_id", UUID.class), rs.getString("post"), rs.getString("phone")))
                .list();
    }

    /** Accountable people per source, for the ledger. */
    Map<UUID, List<AccountablePersonRow>> accountable(Set<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<AccountablePersonRow>> bySource = new HashMap<>();
        jdbc.sql("select * from accountable_person where source_id = any(:ids)")
                .param("ids", sourceIds.toArray(UUID[]::new))
                .query((rs, n) -> bySource.computeIfAbsent(rs.getObject("source_id", UUID.class), id -> new ArrayList<>())
                        .add(new AccountablePersonRow(AccountableRole.valueOf(rs.getString("role")),
                                rs.getObject("user_id", UUID.class), rs.getString("post"), rs.getString("phone"))))
                .list();
        return bySource;
    }

    void replaceAccountable(UUID sourceId, List<AccountablePersonRow> people) {
        jdbc.sql("delete from accountable_person where source_id = :id").param("id", sourceId).update();
        for (AccountablePersonRow person : people) {
            jdbc.sql("""
                    insert into accountable_person (source_id, role, user_id, post, phone)
                    values (:id, :role, :userId, :post, :phone)""")
                    .param("id", sourceId).param("role", person.role().name()).param("userId", person.userId())
                    .param("post", person.post()).param("phone", person.phone()).update();
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
        return new SourceSummary(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"), rs.getObject("unit_id", UUID.class), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("unit_kind"), (Integer) rs.getObject("level"),
                rs.getBigDecimal("r"), rs.getBigDecimal("sum_ratio"), rs.getTimestamp("identified_at").toInstant(),
                rs.getTimestamp("assessed_at").toInstant(), rs.getString("status"), rs.getBoolean("complete"),
                missing.isEmpty(), List.copyOf(missing));
    }
}
