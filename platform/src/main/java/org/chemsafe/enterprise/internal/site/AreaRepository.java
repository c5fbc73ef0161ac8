package org.chemsafe.enterprise.internal.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.AreaKind;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.ScopedJdbc;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class AreaRepository {

    private static final String SELECT = """
            select id, site_id, enterprise_id, name, kind, fire_explosion_hazard, polygon::text as polygon, area_m2
            from area""";

    private final JdbcClient jdbc;
    private final ScopedJdbc scoped;
    private final JsonMapper json;

    AreaRepository(JdbcClient jdbc, ScopedJdbc scoped, JsonMapper json) {
        this.jdbc = jdbc;
        this.scoped = scoped;
        this.json = json;
    }

    Optional<AreaView> findVisible(UUID id, DataScope scope) {
        return scoped.sql(scope, SELECT + " where @scope(enterprise_id) and id = :id").param("id", id)
                .query(this::map).optional();
    }

    /** Internal look-up without a scope, for {@link DefaultSiteAreas} (other modules' system work). */
    Optional<AreaView> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
    }

    /** The site's areas; unscoped: the site was read in the caller's scope first (or it is system work). */
    List<AreaView> ofSite(UUID siteId) {
        return jdbc.sql(SELECT + " where site_id = :siteId order by name").param("siteId", siteId).query(this::map)
                .list();
    }

    /** The site's areas whose bounding box holds the point (rows without one are always candidates). */
    List<AreaView> candidatesAt(UUID siteId, double x, double y) {
        return jdbc.sql(SELECT + """
                 where site_id = :siteId and (min_x is null
                    or (:x between min_x and max_x and :y between min_y and max_y))
                order by area_m2, name""")
                .param("siteId", siteId).param("x", x).param("y", y).query(this::map).list();
    }

    boolean nameTaken(UUID siteId, String name, @Nullable UUID except) {
        return jdbc.sql("""
                select exists(select 1 from area where site_id = :siteId and name = :name
                and id is distinct from :except)""")
                .param("siteId", siteId).param("name", name).param("except", except).query(Boolean.class).single();
    }

    void insert(UUID id, UUID siteId, UUID enterpriseId, AreaRequest area, AreaGeometry geometry) {
        Envelope box = geometry.envelope();
        jdbc.sql("""
                insert into area (id, enterprise_id, site_id, name, kind, fire_explosion_hazard, polygon, area_m2,
                    min_x, min_y, max_x, max_y)
                values (:id, :enterpriseId, :siteId, :name, :kind, :hazard, cast(:polygon as jsonb), :areaM2,
                    :minX, :minY, :maxX, :maxY)""")
                .param("id", id).param("enterpriseId", enterpriseId).param("siteId", siteId)
                .param("name", area.name().strip()).param("kind", area.kind().name())
                .param("hazard", area.hazardous()).param("polygon", json.writeValueAsString(geometry.vertices()))
                .param("areaM2", areaM2(geometry)).param("minX", box.getMinX()).param("minY", box.getMinY())
                .param("maxX", box.getMaxX()).param("maxY", box.getMaxY()).update();
    }

    void update(UUID id, AreaRequest area, AreaGeometry geometry) {
        Envelope box = geometry.envelope();
        jdbc.sql("""
                update area set name = :name, kind = :kind, fire_explosion_hazard = :hazard,
                    polygon = cast(:polygon as jsonb), area_m2 = :areaM2,
                    min_x = :minX, min_y = :minY, max_x = :maxX, max_y = :maxY
                where id = :id""")
                .param("id", id).param("name", area.name().strip()).param("kind", area.kind().name())
                .param("hazard", area.hazardous()).param("polygon", json.writeValueAsString(geometry.vertices()))
                .param("areaM2", areaM2(geometry)).param("minX", box.getMinX()).param("minY", box.getMinY())
                .param("maxX", box.getMaxX()).param("maxY", box.getMaxY()).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from area where id = :id").param("id", id).update();
    }

    private static BigDecimal areaM2(AreaGeometry geometry) {
        return BigDecimal.valueOf(geometry.areaM2()).setScale(2, RoundingMode.HALF_UP);
    }

    private AreaView map(ResultSet rs, int rowNum) throws SQLException {
        double[][] stored = json.readValue(rs.getString("polygon"), double[][].class);
        List<double[]> polygon = new ArrayList<>(List.of(stored));
        double[] label = AreaGeometry.labelPointOf(polygon);
        return new AreaView(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class), rs.getString("name"), AreaKind.valueOf(rs.getString("kind")),
                rs.getBoolean("fire_explosion_hazard"), List.copyOf(polygon), rs.getBigDecimal("area_m2"), label);
    }
}
