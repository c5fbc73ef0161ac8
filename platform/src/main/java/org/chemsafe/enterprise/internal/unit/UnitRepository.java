package org.chemsafe.enterprise.internal.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.enterprise.UnitRef;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private static final String SELECT = """
            select u.*, e.name as enterprise_name, (select count(*) from tank t where t.tank_farm_id = u.id) as tanks
            from hazard_unit u join enterprise e on e.id = u.enterprise_id""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    UnitRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** The unit if the scope may see it. */
    Optional<UnitView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(u.enterprise_id) and u.id = :id").param("id", id)
                .query(UnitRepository::map).optional();
    }

    /**
     * Internal look-up without a scope, for {@link DefaultHazardUnits}: other modules ask it from their event
     * listeners (system work, no caller) after their own scoped checks.
     */
    Optional<UnitView> find(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UnitRepository::map).optional();
    }

    PageResult<UnitView> search(DataScope scope, @Nullable UUID enterpriseId, @Nullable HazardUnitKind kind,
            @Nullable String text, PageQuery page) {
        String where = """
                @scope(u.enterprise_id)
                 and (cast(:enterpriseId as uuid) is null or u.enterprise_id = :enterpriseId)
                 and (cast(:kind as text) is null or u.kind = :kind)
                 and (cast(:pattern as text) is null or u.code like :pattern or u.name like :pattern)""";
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        params.put("kind", kind == null ? null : kind.name());
        params.put("pattern", SqlText.containsPattern(text));
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "hazard_unit u", where, "e.name, u.kind, u.code, u.id"),
                params, UnitRepository::map, page);
    }

    /** Internal, for {@link DefaultHazardUnits} (see {@link #find}). */
    List<UnitRef> refsOf(UUID enterpriseId) {
        return jdbc.sql("select id, kind, code, name from hazard_unit where enterprise_id = :id order by code")
                .param("id", enterpriseId).query((rs, row) -> new UnitRef(rs.getObject("id", UUID.class),
                        HazardUnitKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name")))
                .list();
    }

    List<UnitView> identifiedUnitsOf(UUID enterpriseId) {
        return jdbc.sql(SELECT + " where u.enterprise_id = :id and u.kind <> 'LOADING_RACK' order by u.code")
                .param("id", enterpriseId).query(UnitRepository::map).list();
    }

    boolean codeTaken(UUID enterpriseId, String code, @Nullable UUID except) {
        return jdbc.sql("""
                select exists(select 1 from hazard_unit where enterprise_id = :enterpriseId and code = :code
                and id is distinct from :except)""")
                .param("enterpriseId", enterpriseId).param("code", code).param("except", except)
                .query(Boolean.class).single();
    }

    boolean areaBelongsTo(UUID areaId, UUID enterpriseId) {
        return jdbc.sql("select exists(select 1 from area where id = :id and enterprise_id = :enterpriseId)")
                .param("id", areaId).param("enterpriseId", enterpriseId).query(Boolean.class).single();
    }

    Set<String> knownProcesses() {
        return Set.copyOf(jdbc.sql("select code from hazardous_process").query(String.class).list());
    }

    List<HazardousProcess> processes(Locale locale) {
        String column = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "name_en" : "name_zh";
        return jdbc.sql("select code, " + column + " from hazardous_process order by sort_order")
                .query((rs, n) -> new HazardousProcess(rs.getString(1), rs.getString(2))).list();
    }

    void insert(UUID id, UUID enterpriseId, UnitRequest unit, @Nullable ProductionStatus status) {
        jdbc.sql("""
                insert into hazard_unit (id, enterprise_id, kind, code, name, area_id, hazardous_processes, status)
                values (:id, :enterpriseId, :kind, :code, :name, :areaId, :processes, :status)""")
                .param("id", id).param("enterpriseId", enterpriseId).param("kind", unit.kind().name())
                .param("code", unit.code()).param("name", unit.name().strip()).param("areaId", unit.areaId())
                .param("processes", unit.processes().stream().sorted().toArray(String[]::new))
                .param("status", status == null ? null : status.name()).update();
    }

    void update(UUID id, UnitRequest unit) {
        jdbc.sql("""
                update hazard_unit set code = :code, name = :name, area_id = :areaId, hazardous_processes = :processes
                where id = :id""")
                .param("id", id).param("code", unit.code()).param("name", unit.name().strip())
                .param("areaId", unit.areaId())
                .param("processes", unit.processes().stream().sorted().toArray(String[]::new)).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from hazard_unit where id = :id").param("id", id).update();
    }

    /** Sets the status and records the change; answers the change's number, which grows with every change. */
    long changeStatus(UUID id, @Nullable ProductionStatus from, ProductionStatus to, String by,
            @Nullable String reason, Instant at) {
        jdbc.sql("update hazard_unit set status = :status where id = :id").param("id", id).param("status", to.name())
                .update();
        return jdbc.sql("""
                insert into production_status_change (unit_id, from_status, to_status, changed_by, reason, changed_at)
                values (:id, :from, :to, :by, :reason, :at) returning id""")
                .param("id", id).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("at", Timestamp.from(at))
                .param("by", by).param("reason", reason).query(Long.class).single();
    }

    List<StatusChange> statusHistory(UUID id) {
        return jdbc.sql("""
                select * from production_status_change where unit_id = :id order by changed_at desc, id desc""")
                .param("id", id)
                .query((rs, n) -> new StatusChange(
                        rs.getString("from_status") == null ? null : ProductionStatus.valueOf(rs.getString("from_status")),
                        ProductionStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), rs.getString("reason")))
                .list();
    }

    private static UnitView map(ResultSet rs, int rowNum) throws SQLException {
        String status = rs.getString("status");
        return new UnitView(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"), HazardUnitKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("name"), rs.getObject("area_id", UUID.class),
                Arrays.asList((String[]) rs.getArray("hazardous_processes").getArray()),
                status == null ? null : ProductionStatus.valueOf(status), rs.getInt("tanks"),
                rs.getTimestamp("created_at").toInstant());
    }
}
