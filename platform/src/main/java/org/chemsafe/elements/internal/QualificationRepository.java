package org.chemsafe.elements.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.elements.QualificationKind;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people's certificates and training records, with the holder's name. Reads name a scope. */
@Repository
class QualificationRepository {

    /** A qualification row with its holder's name. */
    record Row(Qualification qualification, String personName) {
    }

    /** What a list asks for; each part is optional. */
    record Filter(@Nullable UUID enterpriseId, @Nullable UUID personId, @Nullable QualificationKind kind,
            QualificationKind.@Nullable Category category, @Nullable String q, @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {
    }

    private static final String SELECT = """
            select q.id, q.enterprise_id, q.person_id, q.kind, q.number, q.issuer, q.issued_on, q.valid_until,
                q.scan_type, q.updated_at, p.name as person_name
            from element_qualification q join element_person p on p.id = q.person_id""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    QualificationRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<Row> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(q.enterprise_id) and q.id = :id").param("id", id)
                .query(QualificationRepository::map).optional();
    }

    /** The person's qualifications, soonest expiry first. */
    List<Row> ofPerson(UUID personId, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(q.enterprise_id) and q.person_id = :personId"
                + " order by q.valid_until, q.id").param("personId", personId).query(QualificationRepository::map)
                .list();
    }

    /** The qualifications the filter selects, soonest expiry first. */
    PageResult<Row> list(DataScope scope, Filter filter, PageQuery page) {
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, """
                element_qualification q join element_person p on p.id = q.person_id""", WHERE,
                "q.valid_until, p.name, q.id"), params(filter), QualificationRepository::map, page);
    }

    /** Every qualification the filter selects (the workbook), soonest expiry first. */
    List<Row> all(DataScope scope, Filter filter) {
        return scoped.sql(scope, SELECT + " where " + WHERE + " order by q.valid_until, p.name, q.id")
                .params(params(filter)).query(QualificationRepository::map).list();
    }

    private static final String WHERE = """
            @scope(q.enterprise_id) and (cast(:enterpriseId as uuid) is null or q.enterprise_id = :enterpriseId)
             and (cast(:personId as uuid) is null or q.person_id = :personId)
             and (cast(:kind as text) is null or q.kind = :kind)
             and (cast(:kinds as text[]) is null or q.kind = any(cast(:kinds as text[])))
             and (cast(:q as text) is null or p.name ilike :q or q.number ilike :q)
             and (cast(:validFrom as date) is null or q.valid_until >= :validFrom)
             and (cast(:validTo as date) is null or q.valid_until <= :validTo)""";

    private static Map<String, @Nullable Object> params(Filter filter) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", filter.enterpriseId());
        params.put("personId", filter.personId());
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put("kinds", filter.category() == null ? null : java.util.Arrays.stream(QualificationKind.values())
                .filter(kind -> kind.category() == filter.category()).map(Enum::name).toArray(String[]::new));
        params.put("q", SqlText.containsPattern(filter.q()));
        params.put("validFrom", filter.validFrom() == null ? null : Date.valueOf(filter.validFrom()));
        params.put("validTo", filter.validTo() == null ? null : Date.valueOf(filter.validTo()));
        return params;
    }

    /** The people's qualifications for the other modules' checks (no caller's scope; the enterprise is named). */
    List<Qualification> ofPersonInEnterprise(UUID enterpriseId, UUID personId) {
        return scoped.sql(DataScope.enterprise(enterpriseId), SELECT
                + " where @scope(q.enterprise_id) and q.person_id = :personId").param("personId", personId)
                .query(QualificationRepository::map).list().stream().map(Row::qualification).toList();
    }

    void upsert(Qualification qualification) {
        jdbc.sql("""
                insert into element_qualification (id, enterprise_id, person_id, kind, number, issuer, issued_on,
                    valid_until, updated_at)
                values (:id, :enterpriseId, :personId, :kind, :number, :issuer, :issuedOn, :validUntil, :updatedAt)
                on conflict (id) do update set person_id = excluded.person_id, kind = excluded.kind,
                    number = excluded.number, issuer = excluded.issuer, issued_on = excluded.issued_on,
                    valid_until = excluded.valid_until, updated_at = excluded.updated_at""")
                .param("id", qualification.id()).param("enterpriseId", qualification.enterpriseId())
                .param("personId", qualification.personId()).param("kind", qualification.kind().name())
                .param("number", qualification.number()).param("issuer", qualification.issuer())
                .param("issuedOn", qualification.issuedOn() == null ? null : Date.valueOf(qualification.issuedOn()))
                .param("validUntil", Date.valueOf(qualification.validUntil()))
                .param("updatedAt", Timestamp.from(qualification.updatedAt())).update();
    }

    void storeScan(UUID id, byte[] content, String contentType) {
        jdbc.sql("update element_qualification set scan = :scan, scan_type = :type where id = :id")
                .param("scan", content).param("type", contentType).param("id", id).update();
    }

    Optional<byte[]> scan(UUID id, DataScope scope) {
        return scoped.sql(scope, """
                select q.scan from element_qualification q where @scope(q.enterprise_id) and q.id = :id
                  and q.scan is not null""").param("id", id).query(byte[].class).optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from element_qualification where id = :id").param("id", id).update();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        Date issued = rs.getDate("issued_on");
        return new Row(new Qualification(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getObject("person_id", UUID.class), QualificationKind.valueOf(rs.getString("kind")),
                rs.getString("number"), rs.getString("issuer"), issued == null ? null : issued.toLocalDate(),
                rs.getDate("valid_until").toLocalDate(), rs.getString("scan_type"),
                rs.getTimestamp("updated_at").toInstant()), rs.getString("person_name"));
    }
}
