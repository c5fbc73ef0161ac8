package org.chemsafe.permit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PermitRepository {

    static final String GENESIS = "0".repeat(64);
    private static final String SELECT = """
            select id, enterprise_id, number, type, grade, status, location, content, planned_start, planned_end,
                   applicant_id, applicant_name, applied_at, record_count, chain_head, guardian, coordinator, area_id,
                   site_id, x, y, pipeline, inside_confined_space, fire_explosion_area, linked_permit_ids
            from work_permit p""";

    /** The ledger's extra columns, from the permit's own records: signatures in order, the latest gas analysis. */
    private static final String LEDGER_COLUMNS = """
            , (select string_agg(r.actor_name || ' ' || to_char(r.recorded_at at time zone :zone, 'MM-DD HH24:MI'),
                                 '；' order by r.seq)
               from permit_record r where r.permit_id = p.id and r.kind = 'SIGNED') as signatures,
              (select r.body from permit_record r where r.permit_id = p.id and r.kind = 'GAS_ANALYSED'
               order by r.seq desc limit 1) as last_analysis,
              (select r.recorded_at from permit_record r where r.permit_id = p.id and r.kind = 'GAS_ANALYSED'
               order by r.seq desc limit 1) as last_analysed_at
            from work_permit p""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    PermitRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** A permit row as stored, with the head of its record chain and what relates it to other permits. */
    record PermitRow(UUID id, UUID enterpriseId, String number, WorkType type, @Nullable WorkGrade grade,
            PermitStatus status, String location, String content, Instant plannedStart, Instant plannedEnd,
            UUID applicantId, String applicantName, Instant appliedAt, int recordCount, String chainHead, Job job) {
    }

    /**
     * What relates a permit to the enterprise's other permits (the rules of {@link PermitConflicts}).
     *
     * @param guardian empty for permits applied for before guardians were recorded
     */
    record Job(String guardian, @Nullable String coordinator, @Nullable UUID areaId, @Nullable SitePosition position,
            @Nullable String pipeline, boolean insideConfinedSpace, boolean fireExplosionArea,
            List<UUID> linkedPermitIds) {

        Job {
            linkedPermitIds = List.copyOf(linkedPermitIds);
        }
    }

    void insert(PermitRow permit) {
        jdbc.sql("""
                insert into work_permit (id, enterprise_id, number, type, grade, status, location, content,
                    planned_start, planned_end, applicant_id, applicant_name, applied_at, record_count, chain_head,
                    guardian, coordinator, area_id, site_id, x, y, pipeline, inside_confined_space,
                    fire_explosion_area, linked_permit_ids)
                values (:id, :enterprise, :number, :type, :grade, :status, :location, :content, :start, :end,
                    :applicant, :applicantName, :appliedAt, 0, :head, :guardian, :coordinator, :area, :site, :x, :y,
                    :pipeline, :insideConfinedSpace, :fireExplosionArea, :linked)""")
                .param("id", permit.id()).param("enterprise", permit.enterpriseId()).param("number", permit.number())
                .param("type", permit.type().name()).param("grade", permit.grade() == null ? null : permit.grade().name())
                .param("status", permit.status().name()).param("location", permit.location())
                .param("content", permit.content()).param("start", Timestamp.from(permit.plannedStart()))
                .param("end", Timestamp.from(permit.plannedEnd())).param("applicant", permit.applicantId())
                .param("applicantName", permit.applicantName()).param("appliedAt", Timestamp.from(permit.appliedAt()))
                .param("head", GENESIS).param("guardian", permit.job().guardian())
                .param("coordinator", permit.job().coordinator()).param("area", permit.job().areaId())
                .param("site", permit.job().position() == null ? null : permit.job().position().siteId())
                .param("x", permit.job().position() == null ? null : permit.job().position().x())
                .param("y", permit.job().position() == null ? null : permit.job().position().y())
                .param("pipeline", permit.job().pipeline())
                .param("insideConfinedSpace", permit.job().insideConfinedSpace())
                .param("fireExplosionArea", permit.job().fireExplosionArea())
                .param("linked", permit.job().linkedPermitIds().toArray(UUID[]::new)).update();
    }

    /** Serialises the applications of one enterprise, so two conflicting permits cannot pass their checks at once. */
    void lockApplications(UUID enterpriseId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('permit-application:' || :enterprise))")
                .param("enterprise", enterpriseId.toString()).query((rs, n) -> 1).list();
    }

    /**
     * The enterprise's permits that still allow work or are being signed ({@link PermitStatus#LIVE}), planned to overlap
     * the period. The statuses are written out, not bound, so the planner can use the partial index
     * {@code work_permit_live_idx}, whose predicate names the same four.
     */
    List<PermitRow> liveOverlapping(DataScope scope, UUID enterpriseId, Instant start, Instant end) {
        return scoped.sql(scope, SELECT + """
                 where @scope(p.enterprise_id) and p.enterprise_id = :enterprise
                 and p.status in ('APPLIED', 'APPROVED', 'IN_PROGRESS', 'SUSPENDED')
                 and p.planned_start < :end and p.planned_end > :start
                order by p.planned_start, p.id""").param("enterprise", enterpriseId)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(PermitRepository::map).list();
    }

    /** The permit if the scope may see it, locked for the change the caller makes. */
    Optional<PermitRow> findVisibleForUpdate(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(p.enterprise_id) and p.id = :id for update").param("id", id)
                .query(PermitRepository::map).optional();
    }

    Optional<PermitRow> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(p.enterprise_id) and p.id = :id").param("id", id)
                .query(PermitRepository::map).optional();
    }

    PageResult<PermitRow> search(DataScope scope, @Nullable WorkType type, @Nullable PermitStatus status,
            @Nullable String pattern, PageQuery page) {
        String where = """
                @scope(p.enterprise_id)
                 and (cast(:type as text) is null or p.type = :type)
                 and (cast(:status as text) is null or p.status = :status)
                 and (cast(:pattern as text) is null or p.number like :pattern or p.location like :pattern
                      or p.content like :pattern)""";
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("type", type == null ? null : type.name());
        params.put("status", status == null ? null : status.name());
        params.put("pattern", pattern);
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "work_permit p", where, "p.applied_at desc, p.id"),
                params, PermitRepository::map, page);
    }

    /** The permits still allowing work whose planned end is not after {@code now}, oldest end first. */
    List<UUID> dueToExpire(Instant now, int limit) {
        return scoped.sql(DataScope.platform(), """
                select p.id from work_permit p
                where @scope(p.enterprise_id) and p.status in (:running)
                  and p.planned_end <= :now
                order by p.planned_end, p.id limit :limit""").param("now", Timestamp.from(now)).param("limit", limit)
                .param("running", names(PermitStatus.RUNNING))
                .query(UUID.class).list();
    }

    /** A permit whose work is monitored for gas continuously, with its last gas reading (null: none logged). */
    record MonitoredWork(UUID id, UUID enterpriseId, String number, PermitStatus status, @Nullable Instant lastReading) {
    }

    /**
     * Confined-space and 特级 hot-work permits in progress, and those that left that state within the last day (their
     * overdue alarm, if any, returns), with the time of their last gas reading.
     */
    List<MonitoredWork> monitoredWork(Instant now) {
        return scoped.sql(DataScope.platform(), """
                select p.id, p.enterprise_id, p.number, p.status,
                    (select max(r.recorded_at) from permit_record r where r.permit_id = p.id and r.kind = 'GAS_ANALYSED')
                        as last_reading
                from work_permit p
                where @scope(p.enterprise_id) and (p.type = 'CONFINED_SPACE' or (p.type = 'HOT_WORK' and p.grade = 'SPECIAL'))
                  and (p.status = 'IN_PROGRESS' or exists (select 1 from permit_record r where r.permit_id = p.id
                       and r.recorded_at > :since and r.kind in ('SUSPENDED', 'COMPLETED', 'REVOKED', 'EXPIRED')))""")
                .param("since", Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
                .query((rs, n) -> new MonitoredWork(rs.getObject("id", UUID.class), rs.getObject("enterprise_id",
                        UUID.class), rs.getString("number"), PermitStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("last_reading") == null ? null : rs.getTimestamp("last_reading").toInstant()))
                .list();
    }

    /** A permit being signed, with how many signatures it has and its approver of Table B.1 (from the application). */
    record AwaitingRow(PermitRow permit, int signed, @Nullable ApproverRole approver) {
    }

    /** The scope's permits being signed (status {@code APPLIED}), soonest planned start first, at most {@code limit}. */
    List<AwaitingRow> awaitingSignature(DataScope scope, int limit) {
        return scoped.sql(scope, SELECT.replace("from work_permit p", """
                , (select count(*) from permit_record r where r.permit_id = p.id and r.kind = 'SIGNED') as signed,
                  (select r.body::jsonb ->> 'approverRole' from permit_record r where r.permit_id = p.id and r.seq = 1)
                      as approver
                from work_permit p""") + """
                 where @scope(p.enterprise_id) and p.status = 'APPLIED'
                order by p.planned_start, p.id limit :limit""").param("limit", limit)
                .query((rs, n) -> {
                    String approver = rs.getString("approver");
                    return new AwaitingRow(map(rs, n), rs.getInt("signed"),
                            approver == null || approver.isEmpty() ? null : ApproverRole.valueOf(approver));
                })
                .list();
    }

    /** A permit of the ledger: the row and, from its records, the signatures in order and the latest gas analysis. */
    record LedgerRow(PermitRow permit, String signatures, @Nullable String lastAnalysis,
            @Nullable Instant lastAnalysedAt) {
    }

    /** Every permit of the scope matching the filter, newest first, at most {@code limit}; times in {@code zone}. */
    List<LedgerRow> ledger(DataScope scope, @Nullable WorkType type, @Nullable PermitStatus status,
            @Nullable String pattern, java.time.ZoneId zone, int limit) {
        return scoped.sql(scope, SELECT.replace("from work_permit p", LEDGER_COLUMNS) + """
                 where @scope(p.enterprise_id)
                 and (cast(:type as text) is null or p.type = :type)
                 and (cast(:status as text) is null or p.status = :status)
                 and (cast(:pattern as text) is null or p.number like :pattern or p.location like :pattern
                      or p.content like :pattern)
                order by p.applied_at desc, p.id limit :limit""")
                .param("type", type == null ? null : type.name()).param("status", status == null ? null : status.name())
                .param("pattern", pattern).param("limit", limit).param("zone", zone.getId())
                .query((rs, n) -> new LedgerRow(map(rs, n),
                        rs.getString("signatures") == null ? "" : rs.getString("signatures"),
                        rs.getString("last_analysis"), rs.getTimestamp("last_analysed_at") == null ? null
                                : rs.getTimestamp("last_analysed_at").toInstant()))
                .list();
    }

    /** Appends a record and moves the permit's head and status (the caller holds the permit's row lock). */
    void append(PermitRow permit, PermitRecordView record, PermitStatus status) {
        jdbc.sql("""
                insert into permit_record (permit_id, seq, enterprise_id, kind, actor_id, actor_name, recorded_at, body,
                    previous_hash, hash)
                values (:permit, :seq, :enterprise, :kind, :actor, :actorName, :at, :body, :previous, :hash)""")
                .param("permit", permit.id()).param("seq", record.seq()).param("enterprise", permit.enterpriseId())
                .param("kind", record.kind().name()).param("actor", record.actorId())
                .param("actorName", record.actorName()).param("at", Timestamp.from(record.recordedAt()))
                .param("body", record.body()).param("previous", record.previousHash()).param("hash", record.hash())
                .update();
        jdbc.sql("update work_permit set record_count = :count, chain_head = :head, status = :status where id = :id")
                .param("count", record.seq()).param("head", record.hash()).param("status", status.name())
                .param("id", permit.id()).update();
    }

    List<PermitRecordView> records(UUID permitId, DataScope scope) {
        return scoped.sql(scope, """
                select seq, kind, actor_id, actor_name, recorded_at, body, previous_hash, hash from permit_record r
                where @scope(r.enterprise_id) and r.permit_id = :id order by seq""").param("id", permitId)
                .query((rs, n) -> new PermitRecordView(rs.getInt("seq"), PermitRecordKind.valueOf(rs.getString("kind")),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("body"), rs.getString("previous_hash"),
                        rs.getString("hash")))
                .list();
    }

    private static PermitRow map(ResultSet rs, int row) throws SQLException {
        String grade = rs.getString("grade");
        return new PermitRow(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("number"), WorkType.valueOf(rs.getString("type")),
                grade == null ? null : WorkGrade.valueOf(grade), PermitStatus.valueOf(rs.getString("status")),
                rs.getString("location"), rs.getString("content"), rs.getTimestamp("planned_start").toInstant(),
                rs.getTimestamp("planned_end").toInstant(), rs.getObject("applicant_id", UUID.class),
                rs.getString("applicant_name"), rs.getTimestamp("applied_at").toInstant(), rs.getInt("record_count"),
                rs.getString("chain_head"), job(rs));
    }

    private static List<String> names(Set<PermitStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static Job job(ResultSet rs) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        java.sql.Array linked = rs.getArray("linked_permit_ids");
        return new Job(rs.getString("guardian"), rs.getString("coordinator"), rs.getObject("area_id", UUID.class),
                site == null ? null : new SitePosition(site, rs.getDouble("x"), rs.getDouble("y")),
                rs.getString("pipeline"), rs.getBoolean("inside_confined_space"), rs.getBoolean("fire_explosion_area"),
                List.of((UUID[]) linked.getArray()));
    }
}
