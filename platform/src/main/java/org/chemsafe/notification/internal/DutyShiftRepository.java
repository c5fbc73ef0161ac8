package org.chemsafe.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises' duty shifts. Reads name a scope; writes follow the service's owner check. */
@Repository
class DutyShiftRepository {

    private static final String SELECT = "select * from notification_duty_shift d";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    DutyShiftRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<DutyShift> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(d.enterprise_id) and d.id = :id").param("id", id)
                .query(DutyShiftRepository::map).optional();
    }

    /** The shifts overlapping [from, to) (either end open), latest start first. */
    PageResult<DutyShift> list(DataScope scope, @Nullable UUID enterpriseId, @Nullable Instant from,
            @Nullable Instant to, PageQuery page) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        params.put("from", from == null ? null : Timestamp.from(from));
        params.put("to", to == null ? null : Timestamp.from(to));
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "notification_duty_shift d", """
                @scope(d.enterprise_id) and (cast(:enterpriseId as uuid) is null or d.enterprise_id = :enterpriseId)
                 and (cast(:from as timestamptz) is null or d.ends_at > :from)
                 and (cast(:to as timestamptz) is null or d.starts_at < :to)""", "d.starts_at desc, d.id"), params,
                DutyShiftRepository::map, page);
    }

    /** The members of the enterprise's shifts covering {@code at} (for the notices; no caller's scope). */
    List<UUID> onDuty(UUID enterpriseId, Instant at) {
        return scoped.sql(DataScope.platform(), """
                select distinct unnest(d.member_ids) from notification_duty_shift d
                where @scope(d.enterprise_id) and d.enterprise_id = :enterpriseId and d.starts_at <= :at
                 and d.ends_at > :at""").param("enterpriseId", enterpriseId).param("at", Timestamp.from(at))
                .query(UUID.class).list();
    }

    void upsert(DutyShift shift) {
        jdbc.sql("""
                insert into notification_duty_shift (id, enterprise_id, name, starts_at, ends_at, member_ids,
                    updated_at)
                values (:id, :enterpriseId, :name, :startsAt, :endsAt, :memberIds, :updatedAt)
                on conflict (id) do update set name = excluded.name, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, member_ids = excluded.member_ids, updated_at = excluded.updated_at""")
                .param("id", shift.id()).param("enterpriseId", shift.enterpriseId()).param("name", shift.name())
                .param("startsAt", Timestamp.from(shift.startsAt())).param("endsAt", Timestamp.from(shift.endsAt()))
                .param("memberIds", shift.memberIds().toArray(UUID[]::new))
                .param("updatedAt", Timestamp.from(shift.updatedAt())).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from notification_duty_shift where id = :id").param("id", id).update();
    }

    private static DutyShift map(ResultSet rs, int row) throws SQLException {
        return new DutyShift(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                uuids(rs.getArray("member_ids")), rs.getTimestamp("updated_at").toInstant());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return List.of((UUID[]) array.getArray());
    }
}
