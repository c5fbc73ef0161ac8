package org.chemsafe.enterprise.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.enterprise.NewEnterprise;
import org.chemsafe.enterprise.Region;
import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
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

    private static final RowMapper<EnterpriseSummary> SUMMARY = (rs, n) -> new EnterpriseSummary(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("unified_social_credit_code"),
            EnterpriseProfileRepository.kinds(rs.getArray("kinds")), rs.getString("region_code"), rs.getString("region_name"),
            rs.getString("address"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"));

    private final JdbcClient jdbc;

    EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EnterpriseSummary> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(SUMMARY).optional();
    }

    Set<UUID> idsWithin(Region region) {
        return Set.copyOf(jdbc.sql("""
                select e.id from enterprise e join region r on r.code = e.region_code
                where r.path = :path or r.path like :prefix""")
                .param("path", region.path()).param("prefix", region.path() + ".%").query(UUID.class).list());
    }

    List<EnterpriseSummary> listWithin(EnterpriseFilter filter) {
        return jdbc.sql(SELECT + " where " + filter.sql("e.id") + " order by e.name")
                .param(EnterpriseFilter.PARAMETER, filter.ids()).query(SUMMARY).list();
    }

    PageResult<EnterpriseSummary> search(EnterpriseFilter filter, @Nullable String text, @Nullable Region region,
            PageQuery page) {
        String where = " where " + filter.sql("e.id")
                + " and (cast(:pattern as text) is null or e.name like :pattern or e.unified_social_credit_code like :pattern)"
                + " and (cast(:regionPath as text) is null or r.path = :regionPath or r.path like :regionPrefix)";
        String pattern = SqlText.containsPattern(text);
        String regionPath = region == null ? null : region.path();
        String regionPrefix = region == null ? null : region.path() + ".%";
        long total = jdbc.sql("select count(*) from enterprise e join region r on r.code = e.region_code" + where)
                .param(EnterpriseFilter.PARAMETER, filter.ids()).param("pattern", pattern)
                .param("regionPath", regionPath).param("regionPrefix", regionPrefix)
                .query(Long.class).single();
        List<EnterpriseSummary> content = jdbc.sql(SELECT + where + " order by e.name limit :limit offset :offset")
                .param(EnterpriseFilter.PARAMETER, filter.ids()).param("pattern", pattern)
                .param("regionPath", regionPath).param("regionPrefix", regionPrefix)
                .param("limit", page.pageSize()).param("offset", page.offset())
                .query(SUMMARY).list();
        return PageResult.of(content, page, total);
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
