package org.chemsafe.elements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises' people. Reads name a scope; writes follow the service's owner check. */
@Repository
class PersonRepository {

    private static final String SELECT = "select * from element_person p";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    PersonRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    Optional<Person> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(p.enterprise_id) and p.id = :id").param("id", id)
                .query(PersonRepository::map).optional();
    }

    /** The people whose name, employee number, department or contractor contains {@code q}, by name. */
    PageResult<Person> list(DataScope scope, @Nullable UUID enterpriseId, @Nullable String q,
            @Nullable Boolean enabled, PageQuery page) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("enterpriseId", enterpriseId);
        params.put("q", SqlText.containsPattern(q));
        params.put("enabled", enabled);
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, "element_person p", """
                @scope(p.enterprise_id) and (cast(:enterpriseId as uuid) is null or p.enterprise_id = :enterpriseId)
                 and (cast(:enabled as boolean) is null or p.enabled = :enabled)
                 and (cast(:q as text) is null or p.name ilike :q or p.employee_no ilike :q
                      or p.department ilike :q or p.contractor ilike :q)""", "p.name, p.id"), params,
                PersonRepository::map, page);
    }

    boolean employeeNoTaken(UUID enterpriseId, String employeeNo, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from element_person where enterprise_id = :enterpriseId
                  and employee_no = :employeeNo and id <> :id)""").param("enterpriseId", enterpriseId)
                .param("employeeNo", employeeNo).param("id", except).query(Boolean.class).single();
    }

    void upsert(Person person) {
        jdbc.sql("""
                insert into element_person (id, enterprise_id, name, employee_no, department, phone, contractor,
                    enabled, updated_at)
                values (:id, :enterpriseId, :name, :employeeNo, :department, :phone, :contractor, :enabled, :updatedAt)
                on conflict (id) do update set name = excluded.name, employee_no = excluded.employee_no,
                    department = excluded.department, phone = excluded.phone, contractor = excluded.contractor,
                    enabled = excluded.enabled, updated_at = excluded.updated_at""")
                .param("id", person.id()).param("enterpriseId", person.enterpriseId()).param("name", person.name())
                .param("employeeNo", person.employeeNo()).param("department", person.department())
                .param("phone", person.phone()).param("contractor", person.contractor())
                .param("enabled", person.enabled()).param("updatedAt", Timestamp.from(person.updatedAt())).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from element_person where id = :id").param("id", id).update();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class),
                rs.getString("name"), rs.getString("employee_no"), rs.getString("department"), rs.getString("phone"),
                rs.getString("contractor"), rs.getBoolean("enabled"), rs.getTimestamp("updated_at").toInstant());
    }
}
