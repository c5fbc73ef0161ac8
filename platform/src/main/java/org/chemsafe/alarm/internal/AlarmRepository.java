package org.chemsafe.alarm.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chemsafe.alarm.AlarmCondition;
import org.chemsafe.alarm.AlarmLink;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.Originator;
import org.chemsafe.alarm.OriginatorType;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of alarms and their transitions. Reads name a scope (the caller's, or the platform's for the alarm
 * centre's own work); the centre's writes are JDBC batches, one statement per kind of write and batch.
 */
@Repository
class AlarmRepository {

    private static final String SELECT = "select a.* from alarm a";
    private static final String ORDER = "a.first_raised_at desc, a.id";
    private static final String STATE_COLUMNS = """
            condition = :condition, severity = :severity, gas_level = :gasLevel, active = :active,
            acknowledged = :acknowledged, shelve_reason = :shelveReason, shelved_until = :shelvedUntil,
            out_of_service_reason = :outOfServiceReason, out_of_service_since = :outOfServiceSince,
            suppressed_by = :suppressedBy, closed = :closed, occurrences = :occurrences, last_seen_at = :lastSeenAt,
            chattering = :chattering, updated_at = :updatedAt""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final ScopedJdbc scoped;

    AlarmRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.scoped = scoped;
    }

    /** The keys and ids of every open alarm, to build the centre's index. */
    Map<AlarmKey, UUID> openKeys() {
        Map<AlarmKey, UUID> open = new HashMap<>();
        scoped.sql(DataScope.platform(), """
                select a.id, a.originator_type, a.originator_id, a.type from alarm a
                where @scope(a.enterprise_id) and not a.closed""").query((rs, row) -> open.put(
                        new AlarmKey(originator(rs), AlarmType.valueOf(rs.getString("type"))),
                        rs.getObject("id", UUID.class))).list();
        return open;
    }

    /** Those of the alarms that are still open, locked for the batch that changes them. */
    Map<UUID, AlarmRecord> lockOpen(Collection<UUID> ids) {
        Map<UUID, AlarmRecord> open = new HashMap<>();
        if (ids.isEmpty()) {
            return open;
        }
        scoped.sql(DataScope.platform(), SELECT + " where @scope(a.enterprise_id) and a.id = any(:ids) and not a.closed"
                + " order by a.id for update").param("ids", ids.toArray(UUID[]::new))
                .query(AlarmRepository::map).list().forEach(alarm -> open.put(alarm.id(), alarm));
        return open;
    }

    Optional<AlarmRecord> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(a.enterprise_id) and a.id = :id").param("id", id)
                .query(AlarmRepository::map).optional();
    }

    /** The alarm if the scope may see it, locked for the step the caller takes. */
    Optional<AlarmRecord> findVisibleForUpdate(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(a.enterprise_id) and a.id = :id for update")
                .param("id", id).query(AlarmRepository::map).optional();
    }

    /** The shelved alarms whose shelf has run out by {@code now}, locked (those locked elsewhere are skipped). */
    List<AlarmRecord> lockExpiredShelves(Instant now) {
        return scoped.sql(DataScope.platform(), SELECT + " where @scope(a.enterprise_id) and not a.closed"
                + " and a.shelved_until <= :now order by a.shelved_until, a.id limit 500 for update skip locked")
                .param("now", Timestamp.from(now)).query(AlarmRepository::map).list();
    }

    /** Every open alarm, locked against another escalation pass (others skip them until it commits). */
    List<AlarmRecord> lockOpenForEscalation() {
        return scoped.sql(DataScope.platform(), SELECT + " where @scope(a.enterprise_id) and not a.closed"
                + " order by a.first_raised_at, a.id for update skip locked").query(AlarmRepository::map).list();
    }

    PageResult<AlarmRecord> search(DataScope scope, AlarmFilter filter, PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "alarm a", where(filter), ORDER), params(filter),
                AlarmRepository::map, page);
    }

    /** The alarms the filter keeps, newest first, at most {@code limit} (the ledger). */
    List<AlarmRecord> ledger(DataScope scope, AlarmFilter filter, int limit) {
        return scoped.sql(scope, SELECT + " where " + where(filter) + " order by " + ORDER + " limit :limit")
                .params(params(filter)).param("limit", limit).query(AlarmRepository::map).list();
    }

    private static String where(AlarmFilter filter) {
        return """
                @scope(a.enterprise_id)
                 and (cast(:pattern as text) is null or a.originator_label ilike :pattern)
                 and (cast(:enterpriseId as uuid) is null or a.enterprise_id = :enterpriseId)
                 and (cast(:severity as text) is null or a.severity = :severity)
                 and (cast(:type as text) is null or a.type = :type)
                 and (cast(:originatorType as text) is null or a.originator_type = :originatorType)
                 and (cast(:originatorId as uuid) is null or a.originator_id = :originatorId)
                 and (cast(:from as timestamptz) is null or a.last_seen_at >= :from)
                 and (cast(:to as timestamptz) is null or a.first_raised_at < :to)"""
                + (filter.state() == null ? "" : " and " + filter.state().sql());
    }

    private static Map<String, @Nullable Object> params(AlarmFilter filter) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("pattern", SqlText.containsPattern(filter.q()));
        params.put("enterpriseId", filter.enterpriseId());
        params.put("severity", name(filter.severity()));
        params.put("type", name(filter.type()));
        params.put("originatorType", name(filter.originatorType()));
        params.put("originatorId", filter.originatorId());
        params.put("from", filter.from() == null ? null : Timestamp.from(filter.from()));
        params.put("to", filter.to() == null ? null : Timestamp.from(filter.to()));
        return params;
    }

    List<Transition> transitions(UUID alarmId, DataScope scope) {
        return scoped.sql(scope, """
                select t.kind, t.at, t.actor_id, t.actor_name, t.condition, t.severity, t.comment
                from alarm_transition t where @scope(t.enterprise_id) and t.alarm_id = :id order by t.id""")
                .param("id", alarmId).query((rs, row) -> new Transition(TransitionKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"), AlarmCondition.valueOf(rs.getString("condition")),
                        AlarmSeverity.valueOf(rs.getString("severity")), rs.getString("comment")))
                .list();
    }

    void insertAll(List<AlarmRecord> alarms, Instant now) {
        if (alarms.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into alarm (id, enterprise_id, originator_type, originator_id, originator_label, type,
                    condition, severity, gas_level, links, active, acknowledged, shelve_reason, shelved_until,
                    out_of_service_reason, out_of_service_since, suppressed_by, closed, occurrences, first_raised_at,
                    last_seen_at, chattering, updated_at)
                values (:id, :enterpriseId, :originatorType, :originatorId, :label, :type, :condition, :severity,
                    :gasLevel, string_to_array(:links, ','), :active, :acknowledged, :shelveReason, :shelvedUntil,
                    :outOfServiceReason, :outOfServiceSince, :suppressedBy, :closed, :occurrences, :firstRaisedAt, :lastSeenAt, :chattering, :updatedAt)""",
                alarms.stream().map(alarm -> stateParams(alarm, now)
                        .addValue("enterpriseId", alarm.enterpriseId())
                        .addValue("originatorType", alarm.originator().type().name())
                        .addValue("originatorId", alarm.originator().id())
                        .addValue("label", alarm.label()).addValue("type", alarm.type().name())
                        .addValue("links", alarm.links().stream().map(link -> link.kind() + ":" + link.id())
                                .collect(Collectors.joining(",")))
                        .addValue("firstRaisedAt", Timestamp.from(alarm.state().firstRaisedAt())))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Writes the alarms' state (condition, severity, flags, shelf, occurrences, last seen). */
    void updateAll(List<AlarmRecord> alarms, Instant now) {
        if (alarms.isEmpty()) {
            return;
        }
        batches.batchUpdate("update alarm set " + STATE_COLUMNS + " where id = :id",
                alarms.stream().map(alarm -> stateParams(alarm, now)).toArray(MapSqlParameterSource[]::new));
    }

    /** Writes one alarm's new state and appends its transitions. */
    void save(AlarmRecord alarm, List<Transition> steps, Instant now) {
        updateAll(List.of(alarm), now);
        appendAll(steps.stream().map(step -> new Appended(alarm.id(), alarm.enterpriseId(), step)).toList());
    }

    void recordDisposal(UUID id, Disposal disposal) {
        jdbc.sql("""
                update alarm set disposal_cause = :cause, disposal_measures = :measures,
                    disposal_attachments = :attachments, disposed_by_id = :personId, disposed_by_name = :personName,
                    disposed_at = :at
                where id = :id""").param("id", id).param("cause", disposal.causeCategory().name())
                .param("measures", disposal.measures()).param("attachments", disposal.attachments()
                        .toArray(String[]::new))
                .param("personId", disposal.personId()).param("personName", disposal.personName())
                .param("at", Timestamp.from(disposal.at())).update();
    }

    /** Appends transitions of alarms, each with its alarm's id and enterprise. */
    void appendAll(List<Appended> transitions) {
        if (transitions.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                insert into alarm_transition (alarm_id, enterprise_id, kind, at, actor_id, actor_name, condition,
                    severity, comment)
                values (:alarmId, :enterpriseId, :kind, :at, :actorId, :actorName, :condition, :severity, :comment)""",
                transitions.stream().map(appended -> {
                    Transition t = appended.transition();
                    return new MapSqlParameterSource().addValue("alarmId", appended.alarmId())
                            .addValue("enterpriseId", appended.enterpriseId()).addValue("kind", t.kind().name())
                            .addValue("at", Timestamp.from(t.at())).addValue("actorId", t.actorId(), Types.OTHER)
                            .addValue("actorName", t.actorName()).addValue("condition", t.condition().name())
                            .addValue("severity", t.severity().name()).addValue("comment", t.comment(), Types.VARCHAR);
                }).toArray(MapSqlParameterSource[]::new));
    }

    /** A transition to append, with the alarm it belongs to. */
    record Appended(UUID alarmId, UUID enterpriseId, Transition transition) {
    }

    /**
     * The state's parameters; those that may be null carry their SQL type, so the driver is not asked for the
     * statement's parameter types (a round trip per batched row).
     */
    private static MapSqlParameterSource stateParams(AlarmRecord alarm, Instant now) {
        AlarmState state = alarm.state();
        Shelf shelf = state.shelf();
        OutOfService outOfService = state.outOfService();
        return new MapSqlParameterSource().addValue("id", alarm.id())
                .addValue("condition", state.condition().name()).addValue("severity", state.severity().name())
                .addValue("gasLevel", state.gasLevel(), Types.SMALLINT).addValue("active", state.active())
                .addValue("acknowledged", state.acknowledged())
                .addValue("shelveReason", shelf == null ? null : shelf.reason(), Types.VARCHAR)
                .addValue("shelvedUntil", shelf == null ? null : Timestamp.from(shelf.until()), Types.TIMESTAMP)
                .addValue("outOfServiceReason", outOfService == null ? null : outOfService.reason(), Types.VARCHAR)
                .addValue("outOfServiceSince", outOfService == null ? null : Timestamp.from(outOfService.since()),
                        Types.TIMESTAMP)
                .addValue("suppressedBy", state.suppressedBy(), Types.VARCHAR).addValue("closed", state.closed())
                .addValue("occurrences", state.occurrences())
                .addValue("lastSeenAt", Timestamp.from(state.lastSeenAt())).addValue("chattering", alarm.chattering())
                .addValue("updatedAt", Timestamp.from(now));
    }

    private static AlarmRecord map(ResultSet rs, int row) throws SQLException {
        Timestamp shelvedUntil = rs.getTimestamp("shelved_until");
        Shelf shelf = shelvedUntil == null ? null : new Shelf(rs.getString("shelve_reason"), shelvedUntil.toInstant());
        Timestamp outOfServiceSince = rs.getTimestamp("out_of_service_since");
        OutOfService outOfService = outOfServiceSince == null ? null
                : new OutOfService(rs.getString("out_of_service_reason"), outOfServiceSince.toInstant());
        AlarmState state = new AlarmState(AlarmCondition.valueOf(rs.getString("condition")),
                AlarmSeverity.valueOf(rs.getString("severity")), (Integer) rs.getObject("gas_level", Integer.class),
                rs.getBoolean("active"), rs.getBoolean("acknowledged"), shelf, outOfService,
                rs.getString("suppressed_by"),
                rs.getBoolean("closed"), rs.getInt("occurrences"), rs.getTimestamp("first_raised_at").toInstant(),
                rs.getTimestamp("last_seen_at").toInstant());
        Timestamp disposedAt = rs.getTimestamp("disposed_at");
        Disposal disposal = disposedAt == null ? null : new Disposal(
                CauseCategory.valueOf(rs.getString("disposal_cause")), rs.getString("disposal_measures"),
                texts(rs.getArray("disposal_attachments")), rs.getObject("disposed_by_id", UUID.class),
                rs.getString("disposed_by_name"), disposedAt.toInstant());
        return new AlarmRecord(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                originator(rs), rs.getString("originator_label"), AlarmType.valueOf(rs.getString("type")), state,
                links(rs.getArray("links")), rs.getBoolean("chattering"), disposal);
    }

    private static Originator originator(ResultSet rs) throws SQLException {
        return new Originator(OriginatorType.valueOf(rs.getString("originator_type")),
                rs.getObject("originator_id", UUID.class));
    }

    private static List<AlarmLink> links(Array array) throws SQLException {
        List<AlarmLink> links = new ArrayList<>();
        for (String link : texts(array)) {
            int colon = link.indexOf(':');
            links.add(new AlarmLink(link.substring(0, colon), UUID.fromString(link.substring(colon + 1))));
        }
        return links;
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
