package org.chemsafe.enterprise.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.NewEnterprise;
import org.chemsafe.enterprise.Region;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ScopedJdbc;
import org.chemsafe.shared.SqlText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnterpriseRepository {

    private static final String SELECT = """
            select e.id, e.name, e.unified_social_credit_code, e.kinds, e.region_code, r.name as region_name, e.address,
                e.longitude, e.latitude
            from enterprise e join region r on r.code = e.region_code""";

    private static final String FROM = "enterprise e join region r on r.code = e.region_code";

    private static final RowMapper<EnterpriseSummary> SUMMARY = (rs, n) -> new EnterpriseSummary(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("unified_social_credit_code"),
            EnterpriseProfileRepository.kinds(rs.getArray("kinds")), rs.getString("region_code"), rs.getString("region_name"),
            rs.getString("address"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"));

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;

    EnterpriseRepository(JdbcClient jdbc, ScopedJdbc scoped) {
        this.jdbc = jdbc;
        this.scoped = scoped;
    }

    /** Internal look-up by id, without a scope: for the directory's own questions (names, region of an id). */
    Optional<EnterpriseSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(SUMMARY).optional();
    }

    /** Internal look-up of names by id, without a scope: names to show on another module's page. */
    Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name from enterprise where id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name"))).list();
        return names;
    }

    List<EnterpriseSummary> listVisible(DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(e.id) order by e.name").query(SUMMARY).list();
    }

    PageResult<EnterpriseSummary> search(DataScope scope, @Nullable String text, @Nullable Region region,
            PageQuery page) {
        String where = "@scope(e.id)"
                + " and (cast(:pattern as text) is null or e.name like :pattern or e.unified_social_credit_code like :pattern)"
                + " and (cast(:regionPath as text) is null or r.path = :regionPath or r.path like :regionPrefix)";
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("pattern", SqlText.containsPattern(text));
        params.put("regionPath", region == null ? null : region.path());
        params.put("regionPrefix", region == null ? null : region.path() + ".%");
        return scoped.page(scope, new ScopedJdbc.Page(SELECT, FROM, where, "e.name, e.id"), params, SUMMARY, page);
    }

    UUID insert(NewEnterprise enterprise) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into enterprise (id, name, unified_social_credit_code, kinds, region_code, address, longitude,
                    latitude)
                values (:id, :name, :code, :kinds, :regionCode, :address, :longitude, :latitude)""")
                .param("id", id).param("name", enterprise.name()).param("code", enterprise.unifiedSocialCreditCode())
                .param("kinds", enterprise.kinds().stream().map(Enum::name).toArray(String[]::new))
                .param("regionCode", enterprise.regionCode()).param("address", enterprise.address())
                .param("longitude", enterprise.longitude()).param("latitude", enterprise.latitude())
                .update();
        return id;
    }
}
