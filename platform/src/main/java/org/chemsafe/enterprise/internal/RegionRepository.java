package org.chemsafe.enterprise.internal;

import java.util.List;
import java.util.Optional;

import org.chemsafe.enterprise.Region;
import org.chemsafe.enterprise.RegionLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private static final RowMapper<Region> REGION = (rs, n) -> new Region(rs.getString("code"), rs.getString("name"),
            RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("path"));

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Region> find(String code) {
        return jdbc.sql("select * from region where code = :code").param("code", code).query(REGION).optional();
    }

    /** The region and all regions below it, parents before children. */
    List<Region> subtree(Region root) {
        return jdbc.sql("""
                select * from region where path = :path or path like :prefix
                order by length(path), sort_order, code""")
                .param("path", root.path()).param("prefix", root.path() + ".%").query(REGION).list();
    }

    List<Region> all() {
        return jdbc.sql("select * from region order by length(path), sort_order, code").query(REGION).list();
    }

    void insert(Region region, int sortOrder) {
        jdbc.sql("""
                insert into region (code, name, level, parent_code, path, sort_order)
                values (:code, :name, :level, :parentCode, :path, :sortOrder)""")
                .param("code", region.code()).param("name", region.name()).param("level", region.level().name())
                .param("parentCode", region.parentCode()).param("path", region.path()).param("sortOrder", sortOrder)
                .update();
    }

    int countChildren(String parentCode) {
        return jdbc.sql("select count(*) from region where parent_code = :code").param("code", parentCode)
                .query(Integer.class).single();
    }
}
